import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCertifierStaff } from '../auth/actor.js';
import { actorOf } from '../auth/auth.plugin.js';
import type { Db } from '../db/client.js';
import { errorResponses } from '../http/common.schemas.js';
import { createAuditTrailRepository } from './audit-trail.repository.js';

const entry = z.object({
  id: z.number(),
  occurredAt: z.date(),
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** The append-only trail, readable by the certifier's staff for their own procedures. */
export function auditTrailRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/audit-events',
      {
        schema: {
          tags: ['audit trail'],
          summary: 'Audit trail of scores, decisions, development goals and certificates (newest first)',
          querystring: z.object({
            entityId: z.string().max(100).optional(),
            beforeId: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: z.object({ items: z.array(entry) }), ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        requireCertifierStaff(actor);
        const items = await createAuditTrailRepository(db).list({ certifierId: actor.organizationId, ...request.query });
        return { items };
      },
    );
  };
}
