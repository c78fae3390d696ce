import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { qualityRepBody, qualityRepList, qualityRepParams } from './quality-rep.schemas.js';
import type { QualityRepService } from './quality-rep.service.js';

const tags = ['quality representatives'];

export function qualityRepRoutes(service: QualityRepService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/quality-representatives',
      {
        schema: {
          tags,
          summary: 'The quality representatives per department and the central quality manager of my administration',
          response: { 200: qualityRepList, ...errorResponses },
        },
      },
      async (request) => service.listOwn(actorOf(request)),
    );

    r.post(
      '/quality-representatives',
      {
        schema: {
          tags,
          summary: 'The administration’s admin names a quality representative (409 for a second central quality manager)',
          body: qualityRepBody,
          response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.create(actorOf(request), request.body) }),
    );

    r.put(
      '/quality-representatives/:id',
      {
        schema: {
          tags,
          summary: 'Change a quality representative, or set them inactive',
          params: qualityRepParams,
          body: qualityRepBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.update(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.get(
      '/assessments/:id/quality-representatives',
      {
        schema: {
          tags,
          summary: 'The quality representatives of the municipality an assessment belongs to (for its certifier)',
          params: qualityRepParams,
          response: { 200: qualityRepList, ...errorResponses },
        },
      },
      async (request) => service.listForAssessment(actorOf(request), request.params.id),
    );
  };
}
