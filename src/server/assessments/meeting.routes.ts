import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { bonusProjectBody, goalBody, goalDecisionBody, meetingBody } from './assessment.schemas.js';
import { idParams } from './assessment.routes.js';
import type { MeetingService } from './meeting.service.js';

const tags = ['audit meeting'];
const created = z.object({ id: z.uuid() });

export function meetingRoutes(service: MeetingService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.put(
      '/assessments/:id/meeting',
      {
        schema: {
          tags,
          summary: 'Step 4: record the audit meeting (date, attendance, notes per criterion)',
          params: idParams,
          body: meetingBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.record(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/meeting/close',
      {
        schema: {
          tags,
          summary: 'Close the meeting without points; scoring opens',
          params: idParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.close(actorOf(request), request.params.id);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/development-goals',
      {
        schema: {
          tags,
          summary: 'Propose a development goal',
          params: idParams,
          body: goalBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.proposeGoal(actorOf(request), request.params.id, request.body) }),
    );

    r.patch(
      '/assessments/:id/development-goals/:goalId',
      {
        schema: {
          tags,
          summary: 'The certifier agrees or rejects a development goal',
          params: idParams.extend({ goalId: z.uuid() }),
          body: goalDecisionBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.decideGoal(actorOf(request), request.params.id, request.params.goalId, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/bonus-projects',
      {
        schema: {
          tags,
          summary: 'Present a project for bonus points',
          params: idParams,
          body: bonusProjectBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ id: await service.addBonusProject(actorOf(request), request.params.id, request.body) }),
    );
  };
}
