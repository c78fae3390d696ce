import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { decisionBody, goalDetail, goalListQuery, goalParams, goalView, progressBody, reachedBody } from './goal.schemas.js';
import type { GoalService } from './goal.service.js';

const tags = ['development goals'];

export function goalRoutes(service: GoalService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/goals',
      {
        schema: {
          tags,
          summary: 'Development goals of my passed assessments between audits: target date, state, last progress',
          querystring: goalListQuery,
          response: { 200: z.object({ items: z.array(goalView) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await service.list(actorOf(request), request.query) }),
    );

    r.get(
      '/goals/:id',
      {
        schema: {
          tags,
          summary: 'One development goal with its progress notes',
          params: goalParams,
          response: { 200: goalDetail, ...errorResponses },
        },
      },
      async (request) => service.detail(actorOf(request), request.params.id),
    );

    r.post(
      '/goals/:id/progress',
      {
        schema: {
          tags,
          summary: 'The municipality notes progress on a goal, optionally with a link',
          params: goalParams,
          body: progressBody,
          response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.addProgress(actorOf(request), request.params.id, request.body) }),
    );

    r.post(
      '/goals/:id/reached',
      {
        schema: {
          tags,
          summary: 'The municipality reports a goal reached (the day not in the future)',
          params: goalParams,
          body: reachedBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.reportReached(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/goals/:id/decision',
      {
        schema: {
          tags,
          summary: 'The certifier decides: reached (counts for bonus points in the next round) or missed',
          params: goalParams,
          body: decisionBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.decide(actorOf(request), request.params.id, request.body.status);
        return { ok: true as const };
      },
    );
  };
}
