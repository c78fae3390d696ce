import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import type { MaturityService } from './maturity.service.js';
import {
  benchmarkView,
  maturityView,
  onlineServiceBody,
  onlineServiceCheckBody,
  onlineServiceList,
  selfAssessmentBody,
} from './maturity.schemas.js';
import type { OnlineServiceService } from './online-service.service.js';
import type { SelfAssessmentService } from './self-assessment.service.js';

const tags = ['digital maturity'];
const idParams = z.object({ id: z.uuid() });
const serviceParams = idParams.extend({ serviceId: z.uuid() });
const created = z.object({ id: z.uuid() });

type Services = { maturity: MaturityService; selfAssessment: SelfAssessmentService; onlineServices: OnlineServiceService };

export function maturityRoutes({ maturity, selfAssessment, onlineServices }: Services) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const done = { ok: true as const };

    r.get(
      '/assessments/:id/maturity',
      {
        schema: {
          tags,
          summary:
            'Digital maturity per dimension: self-assessment, auditor levels (confidential until release), level, strengths, weaknesses, next steps',
          params: idParams,
          response: { 200: maturityView, ...errorResponses },
        },
      },
      async (request) => maturity.view(actorOf(request), request.params.id),
    );

    r.get(
      '/assessments/:id/maturity/benchmark',
      {
        schema: {
          tags,
          summary:
            'Anonymous median per dimension of other administrations in the same size class (at least 3, never names or single values)',
          params: idParams,
          response: { 200: benchmarkView, ...errorResponses },
        },
      },
      async (request) => maturity.benchmark(actorOf(request), request.params.id),
    );

    r.put(
      '/assessments/:id/self-assessment',
      {
        schema: {
          tags,
          summary: 'The municipality rates its maturity per criterion and states its budgets (until submitted)',
          params: idParams,
          body: selfAssessmentBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await selfAssessment.save(actorOf(request), request.params.id, request.body);
        return done;
      },
    );

    r.post(
      '/assessments/:id/self-assessment/submit',
      {
        schema: {
          tags,
          summary: 'Submit the self-assessment; it is read-only for the municipality afterwards',
          params: idParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await selfAssessment.submit(actorOf(request), request.params.id);
        return done;
      },
    );

    r.get(
      '/assessments/:id/online-services',
      {
        schema: {
          tags,
          summary: 'Online services with the OZG level stated and (after release, for the municipality) the level checked',
          params: idParams,
          response: { 200: onlineServiceList, ...errorResponses },
        },
      },
      async (request) => onlineServices.list(actorOf(request), request.params.id),
    );

    r.post(
      '/assessments/:id/online-services',
      {
        schema: {
          tags,
          summary: 'The municipality lists an online service',
          params: idParams,
          body: onlineServiceBody,
          response: { 201: created, ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await onlineServices.add(actorOf(request), request.params.id, request.body) }),
    );

    r.put(
      '/assessments/:id/online-services/:serviceId',
      {
        schema: {
          tags,
          summary: 'The municipality corrects an online service',
          params: serviceParams,
          body: onlineServiceBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await onlineServices.update(actorOf(request), request.params.id, request.params.serviceId, request.body);
        return done;
      },
    );

    r.delete(
      '/assessments/:id/online-services/:serviceId',
      {
        schema: {
          tags,
          summary: 'The municipality removes an online service',
          params: serviceParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await onlineServices.remove(actorOf(request), request.params.id, request.params.serviceId);
        return done;
      },
    );

    r.put(
      '/assessments/:id/online-services/:serviceId/check',
      {
        schema: {
          tags,
          summary: 'The auditor records the OZG level found for an online service',
          params: serviceParams,
          body: onlineServiceCheckBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await onlineServices.check(actorOf(request), request.params.id, request.params.serviceId, request.body);
        return done;
      },
    );
  };
}
