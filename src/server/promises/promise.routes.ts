import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import type { PromiseRow } from './promise.repository.js';
import { promiseBody, promiseUpdateBody, promiseView } from './promise.schemas.js';
import type { PromiseService } from './promise.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['service promises'];

export const toPromiseView = (p: PromiseRow) => ({
  id: p.id,
  key: p.key,
  version: p.version,
  number: p.number,
  title: p.title,
  description: p.description,
  area: p.area,
  role: p.role,
  startEvent: p.startEvent,
  stopEvent: p.stopEvent,
  amount: p.amount,
  unit: p.unit,
  warningFraction: p.warningFraction,
  allowedDeviationRate: p.allowedDeviationRate,
  leikaKey: p.leikaKey,
  criterionRefs: p.criterionRefs,
  published: p.published,
  retiredAt: p.retiredAt,
  createdAt: p.createdAt,
});

export function promiseRoutes(service: PromiseService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/promises',
      {
        schema: {
          tags,
          summary: 'The current promises of my administration',
          response: { 200: z.object({ items: z.array(promiseView) }), ...errorResponses },
        },
      },
      async (request) => ({ items: (await service.list(actorOf(request))).map(toPromiseView) }),
    );

    r.post(
      '/promises',
      { schema: { tags, summary: 'Add a promise (version 1)', body: promiseBody, response: { 201: promiseView, ...errorResponses } } },
      async (request, reply) => reply.code(201).send(toPromiseView(await service.create(actorOf(request), request.body))),
    );

    r.put(
      '/promises/:id',
      {
        schema: {
          tags,
          summary: 'Change a promise: stored as its next version; running cases keep the version they started with',
          params: idParams,
          body: promiseUpdateBody,
          response: { 200: promiseView, ...errorResponses },
        },
      },
      async (request) => toPromiseView(await service.update(actorOf(request), request.params.id, request.body)),
    );

    r.delete(
      '/promises/:id',
      {
        schema: {
          tags,
          summary: 'Withdraw a promise (no new cases; figures stay)',
          params: idParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.retire(actorOf(request), request.params.id);
        return { ok: true as const };
      },
    );

    r.get(
      '/promises/:id/versions',
      {
        schema: {
          tags,
          summary: 'Every version of a promise, newest first',
          params: idParams,
          response: { 200: z.object({ items: z.array(promiseView) }), ...errorResponses },
        },
      },
      async (request) => ({ items: (await service.versions(actorOf(request), request.params.id)).map(toPromiseView) }),
    );
  };
}
