import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { bonusPointsBody, releaseBody, scoreBody } from './assessment.schemas.js';
import { idParams } from './assessment.routes.js';
import type { ResultService } from './result.service.js';

const tags = ['result'];

export function resultRoutes(service: ResultService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.put(
      '/assessments/:id/criteria/:criterionId/score',
      {
        schema: {
          tags,
          summary: 'Step 5: the auditor scores a criterion (confidential)',
          params: idParams.extend({ criterionId: z.string().min(1).max(100) }),
          body: scoreBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.score(actorOf(request), request.params.id, request.params.criterionId, request.body);
        return { ok: true as const };
      },
    );

    r.put(
      '/assessments/:id/bonus-projects/:projectId/points',
      {
        schema: {
          tags,
          summary: 'Award bonus points for a presented project',
          params: idParams.extend({ projectId: z.uuid() }),
          body: bonusPointsBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.awardBonus(actorOf(request), request.params.id, request.params.projectId, request.body.pointsAwarded);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/release',
      {
        schema: {
          tags,
          summary: 'Release the result after the phone call; issues the certificate at or above the pass mark',
          params: idParams,
          body: releaseBody,
          response: { 200: z.object({ status: z.enum(['passed', 'failed']), certificateId: z.uuid().nullable() }), ...errorResponses },
        },
      },
      async (request) => service.release(actorOf(request), request.params.id, request.body),
    );

    r.get(
      '/assessments/:id/report-card.pdf',
      { schema: { tags, summary: 'The report card (Zeugnis) as PDF', params: idParams } },
      async (request, reply) => {
        return sendAttachment(reply, 'application/pdf', await service.reportCard(actorOf(request), request.params.id));
      },
    );
  };
}
