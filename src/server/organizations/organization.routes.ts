import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { errorResponses, localized } from '../http/common.schemas.js';
import { createOrganizationRepository } from './organization.repository.js';

/** The directory of municipalities and of who awards which seal: not confidential, but for logged-in users. */
export function organizationRoutes(db: Db, catalogs: CatalogService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/municipalities',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Municipalities on the platform, with their district',
          response: {
            200: z.object({
              items: z.array(
                z.object({ id: z.uuid(), name: z.string(), stateCode: z.string().nullable(), district: z.string().nullable() }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        actorOf(request);
        return { items: await createOrganizationRepository(db).municipalities() };
      },
    );
    r.get(
      '/scheme-offers',
      {
        schema: {
          tags: ['organizations'],
          summary: 'Which certifier awards which seal, with the version new applications start on',
          response: {
            200: z.object({
              items: z.array(
                z.object({ certifierId: z.uuid(), certifierName: z.string(), schemeId: z.string(), version: z.string(), title: localized }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        actorOf(request);
        const offers = await createOrganizationRepository(db).offers();
        return {
          items: offers.map((o) => {
            const latest = catalogs.latest(o.schemeId);
            return { ...o, version: latest.version, title: latest.catalog.title };
          }),
        };
      },
    );
  };
}
