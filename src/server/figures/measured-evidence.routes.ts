import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses } from '../http/common.schemas.js';
import { measuredEvidenceBody, measuredEvidenceView } from './measured-evidence.schemas.js';
import type { MeasuredEvidenceService } from './measured-evidence.service.js';

export function measuredEvidenceRoutes(service: MeasuredEvidenceService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/assessments/:id/measured-evidence',
      {
        schema: {
          tags: ['figures'],
          summary: 'Attach the measured figures of the matching promises to their criteria as dated snapshots',
          params: z.object({ id: z.uuid() }),
          body: measuredEvidenceBody,
          response: { 201: z.object({ items: z.array(measuredEvidenceView) }), ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ items: await service.attach(actorOf(request), request.params.id, request.body) }),
    );
  };
}
