import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses } from '../http/common.schemas.js';
import {
  acknowledgeBody,
  assessBody,
  closeBody,
  communicateBody,
  complaintDetail,
  complaintSummary,
  createComplaintBody,
  investigateBody,
  listQuery,
  optionsResponse,
  respondBody,
  statsQuery,
  statsResponse,
} from './complaint.schemas.js';
import type { ComplaintService } from './complaint.service.js';

const tags = ['complaints'];
const params = z.object({ id: z.uuid() });
const detail = { 200: complaintDetail, ...errorResponses };

/** The complaint office for the administration's staff: the register, the ISO 10002 steps, erasure, figures. */
export function complaintRoutes(service: ComplaintService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/complaints',
      {
        schema: {
          tags,
          summary: 'Complaints of my administration, newest first',
          querystring: listQuery,
          response: {
            200: z.object({
              items: z.array(complaintSummary),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { page, pageSize, ...filter } = request.query;
        return service.list(actorOf(request), filter, { page, pageSize });
      },
    );

    r.post(
      '/complaints',
      {
        schema: {
          tags,
          summary: 'Enter a complaint received by phone, letter, e-mail or in person',
          body: createComplaintBody,
          response: { 201: complaintDetail, ...errorResponses },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return service.create(actorOf(request), request.body);
      },
    );

    // static paths before /complaints/:id
    r.get(
      '/complaints/stats',
      {
        schema: {
          tags,
          summary: 'Figures of the complaints received in a period (Berlin dates, inclusive)',
          querystring: statsQuery,
          response: { 200: statsResponse, ...errorResponses },
        },
      },
      async (request) => service.stats(actorOf(request), request.query),
    );

    r.get(
      '/complaints/options',
      {
        schema: {
          tags,
          summary: 'Staff a complaint can be assigned to, and promises it can concern',
          response: { 200: optionsResponse, ...errorResponses },
        },
      },
      async (request) => service.options(actorOf(request)),
    );

    r.get('/complaints/:id', { schema: { tags, summary: 'One complaint with its steps', params, response: detail } }, async (request) =>
      service.get(actorOf(request), request.params.id),
    );

    r.post(
      '/complaints/:id/acknowledge',
      { schema: { tags, summary: 'Step 2: acknowledge receipt (within 3 working days)', params, body: acknowledgeBody, response: detail } },
      async (request) => service.acknowledge(actorOf(request), request.params.id, request.body),
    );

    r.post(
      '/complaints/:id/assess',
      {
        schema: {
          tags,
          summary: 'Step 3: assess type and severity, assign, set the response due date',
          params,
          body: assessBody,
          response: detail,
        },
      },
      async (request) => service.assess(actorOf(request), request.params.id, request.body),
    );

    r.post(
      '/complaints/:id/investigate',
      {
        schema: {
          tags,
          summary: 'Step 4: record the investigation (repeatable until the response)',
          params,
          body: investigateBody,
          response: detail,
        },
      },
      async (request) => service.investigate(actorOf(request), request.params.id, request.body),
    );

    r.post(
      '/complaints/:id/respond',
      {
        schema: {
          tags,
          summary: 'Step 5: the response; mailed when the complainant consented and gave an address',
          params,
          body: respondBody,
          response: detail,
        },
      },
      async (request) => service.respond(actorOf(request), request.params.id, request.body),
    );

    r.post(
      '/complaints/:id/communicate-decision',
      {
        schema: {
          tags,
          summary: 'Step 6: record how the decision reached the complainant',
          params,
          body: communicateBody,
          response: detail,
        },
      },
      async (request) => service.communicateDecision(actorOf(request), request.params.id, request.body),
    );

    r.post(
      '/complaints/:id/close',
      {
        schema: {
          tags,
          summary: 'Step 7: close with satisfaction, root cause and corrective action',
          params,
          body: closeBody,
          response: detail,
        },
      },
      async (request) => service.close(actorOf(request), request.params.id, request.body),
    );

    r.post(
      '/complaints/:id/erase-personal-data',
      { schema: { tags, summary: 'GDPR: erase contact data and free texts for good; the figures stay', params, response: detail } },
      async (request) => service.erasePersonalData(actorOf(request), request.params.id),
    );
  };
}
