import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import {
  acceptBody,
  applyBody,
  assessmentDetail,
  assessmentListItem,
  assessmentStatus,
  declineBody,
  recordContactBody,
  timelineBody,
} from './assessment.schemas.js';
import type { AssessmentService } from './assessment.service.js';

export const idParams = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const tags = ['certification'];

export function assessmentRoutes(service: AssessmentService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/assessments',
      {
        schema: {
          tags,
          summary: 'Assessments of my organisation (points only for the certifier, or for the municipality after release)',
          querystring: z.object({ status: assessmentStatus.optional() }),
          response: { 200: z.object({ items: z.array(assessmentListItem) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await service.list(actorOf(request), request.query) }),
    );

    r.post(
      '/assessments',
      {
        schema: {
          tags,
          summary: 'Step 1: the municipality applies for a seal with an informal message',
          body: applyBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.apply(actorOf(request), request.body) }),
    );

    r.post(
      '/assessments/contacts',
      {
        schema: {
          tags,
          summary: 'Step 1: the certifier records an e-mail contact from a municipality',
          body: recordContactBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.recordContact(actorOf(request), request.body) }),
    );

    r.get(
      '/assessments/:id',
      {
        schema: {
          tags,
          summary: 'One assessment with documentation, meeting, goals and (if permitted) the result',
          params: idParams,
          response: { 200: assessmentDetail, ...errorResponses },
        },
      },
      async (request) => service.detail(actorOf(request), request.params.id),
    );

    r.post(
      '/assessments/:id/accept',
      {
        schema: {
          tags,
          summary: 'Step 2: accept, set the timeline and open the documentation table',
          params: idParams,
          body: acceptBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.accept(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/decline',
      {
        schema: {
          tags,
          summary: 'Decline an application with a reason',
          params: idParams,
          body: declineBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.decline(actorOf(request), request.params.id, request.body.reason);
        return { ok: true as const };
      },
    );

    r.patch(
      '/assessments/:id/timeline',
      {
        schema: {
          tags,
          summary: 'Change the documentation deadline or the meeting date',
          params: idParams,
          body: timelineBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.updateTimeline(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/rounds',
      {
        schema: {
          tags,
          summary: 'After a failed result: open a new round that carries the documentation over',
          params: idParams,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.openNewRound(actorOf(request), request.params.id) }),
    );
  };
}
