import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, localized } from '../http/common.schemas.js';
import type { CatalogService } from './catalog.service.js';

const summary = z.object({
  id: z.uuid(),
  schemeId: z.string(),
  version: z.string(),
  title: localized,
  criteriaCount: z.number().int(),
});

/** Catalogs are reference data, readable by every logged-in user and the public alike (no scores in them). */
export function catalogRoutes(catalogs: CatalogService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/catalogs',
      { schema: { tags: ['catalogs'], summary: 'All catalog versions', security: [], response: { 200: z.object({ items: z.array(summary) }) } } },
      async () => ({
        items: catalogs.list().map((c) => ({
          id: c.id,
          schemeId: c.schemeId,
          version: c.version,
          title: c.catalog.title,
          criteriaCount: countCriteria(c.catalog.topics),
        })),
      }),
    );
    r.get(
      '/catalogs/:schemeId/:version',
      {
        schema: {
          tags: ['catalogs'],
          summary: 'One catalog version with its topic fields, criteria and rules',
          security: [],
          params: z.object({ schemeId: z.string().max(100), version: z.string().max(40) }),
          response: { 200: z.object({ id: z.uuid(), definition: z.unknown() }), ...errorResponses },
        },
      },
      async (request) => {
        const c = catalogs.find(request.params.schemeId, request.params.version);
        return { id: c.id, definition: c.catalog };
      },
    );
  };
}

type TopicLike = { criteria?: unknown[]; topics?: TopicLike[] };
function countCriteria(topics: TopicLike[]): number {
  return topics.reduce((n, t) => n + (t.criteria?.length ?? 0) + countCriteria(t.topics ?? []), 0);
}
