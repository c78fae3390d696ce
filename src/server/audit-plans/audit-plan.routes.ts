import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { auditPlanView, pdfQuery, planItemBody, planParams, sendResult } from './audit-plan.schemas.js';
import type { AuditPlanService } from './audit-plan.service.js';

const tags = ['audit plan'];

export function auditPlanRoutes(service: AuditPlanService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/assessments/:id/audit-plan',
      {
        schema: {
          tags,
          summary: 'The audit plan of an assessment: slots by time (the municipality reads it)',
          params: planParams,
          response: { 200: auditPlanView, ...errorResponses },
        },
      },
      async (request) => service.get(actorOf(request), request.params.id),
    );

    r.post(
      '/assessments/:id/audit-plan',
      {
        schema: {
          tags,
          summary: 'The certifier plans a slot: department, site, process, auditor, interviewees, criteria covered',
          params: planParams,
          body: planItemBody,
          response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await service.create(actorOf(request), request.params.id, request.body) }),
    );

    r.put(
      '/audit-plan-items/:id',
      {
        schema: {
          tags,
          summary: 'Change a slot of the audit plan',
          params: planParams,
          body: planItemBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.update(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );

    r.delete(
      '/audit-plan-items/:id',
      {
        schema: {
          tags,
          summary: 'Remove a slot from the audit plan',
          params: planParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.remove(actorOf(request), request.params.id);
        return { ok: true as const };
      },
    );

    r.get(
      '/assessments/:id/audit-plan.pdf',
      { schema: { tags, summary: 'The audit plan as a printable PDF (landscape, by day)', params: planParams, querystring: pdfQuery } },
      async (request, reply) => {
        return sendAttachment(reply, 'application/pdf', await service.pdf(actorOf(request), request.params.id, request.query.lang));
      },
    );

    r.post(
      '/assessments/:id/audit-plan/send',
      {
        schema: {
          tags,
          summary: 'Send the plan to the municipality’s quality representatives and central quality manager (409 when there are none)',
          params: planParams,
          response: { 200: sendResult, ...errorResponses },
        },
      },
      async (request) => service.send(actorOf(request), request.params.id),
    );
  };
}
