import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import {
  createActionBody,
  createFindingBody,
  effectivenessBody,
  findingParams,
  findingsView,
  responseBody,
  updateActionBody,
  updateFindingBody,
} from './finding.schemas.js';
import type { FindingService } from './finding.service.js';

const tags = ['findings'];
const created = z.object({ id: z.uuid() });

export function findingRoutes(service: FindingService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/assessments/:id/findings',
      {
        schema: {
          tags,
          summary: 'Findings of an assessment with their corrective actions (internal notes only for the certifier)',
          params: findingParams,
          response: { 200: findingsView, ...errorResponses },
        },
      },
      async (request) => service.list(actorOf(request), request.params.id),
    );

    r.post(
      '/assessments/:id/findings',
      {
        schema: {
          tags,
          summary: 'The certifier records a finding on a criterion of the assessment',
          params: findingParams,
          body: createFindingBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.create(actorOf(request), request.params.id, request.body) }),
    );

    r.patch(
      '/findings/:id',
      {
        schema: {
          tags,
          summary: 'The certifier edits an open finding while the audit runs',
          params: findingParams,
          body: updateFindingBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.update(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/findings/:id/close',
      {
        schema: {
          tags,
          summary: 'The certifier closes a finding: every action done; a nonconformity needs a done action not found ineffective',
          params: findingParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.close(actorOf(request), request.params.id);
        return { ok: true as const };
      },
    );

    r.post(
      '/findings/:id/response',
      {
        schema: {
          tags,
          summary: 'The municipality answers a finding',
          params: findingParams,
          body: responseBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.respond(actorOf(request), request.params.id, request.body.response);
        return { ok: true as const };
      },
    );

    r.post(
      '/findings/:id/actions',
      {
        schema: {
          tags,
          summary: 'Propose a corrective action (municipality or certifier): owner and a due date not in the past',
          params: findingParams,
          body: createActionBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.addAction(actorOf(request), request.params.id, request.body) }),
    );

    r.patch(
      '/corrective-actions/:id',
      {
        schema: {
          tags,
          summary: 'Update a corrective action: owner, due date, status; "done" needs a completion note',
          params: findingParams,
          body: updateActionBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.updateAction(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/corrective-actions/:id/effectiveness',
      {
        schema: {
          tags,
          summary: 'The certifier checks a done action for effectiveness, recorded with the audit it happens at',
          params: findingParams,
          body: effectivenessBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.checkEffectiveness(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );
  };
}
