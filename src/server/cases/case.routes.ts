import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import type { CaseNoticeService } from './case-notices.service.js';
import { caseDetail, caseEventBody, caseListItem, caseListQuery, createCaseBody, delayNoticeBody } from './case.schemas.js';
import type { CaseService } from './case.service.js';

const idParams = z.object({ id: z.uuid() });
const tags = ['cases'];

export function caseRoutes(cases: CaseService, notices: CaseNoticeService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/cases',
      {
        schema: {
          tags,
          summary:
            'Cases of my administration, most urgent first; state = on_time, at_risk, overdue, paused, met, missed, excluded, no_deadline (comma-separated)',
          querystring: caseListQuery,
          response: {
            200: z.object({ items: z.array(caseListItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { state, ...q } = request.query;
        const { items, total } = await cases.list(actorOf(request), { ...q, states: state });
        return { items, total, page: q.page, pageSize: q.pageSize };
      },
    );

    r.post(
      '/cases',
      {
        schema: {
          tags,
          summary: 'Record a business request against a promise; an externalId makes the call idempotent (409 on repeat)',
          body: createCaseBody,
          response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
        },
      },
      async (request, reply) => reply.code(201).send({ id: await cases.create(actorOf(request), request.body) }),
    );

    r.get(
      '/cases/:id',
      {
        schema: {
          tags,
          summary: 'One case with its event log, promise version and calendar version',
          params: idParams,
          response: { 200: caseDetail, ...errorResponses },
        },
      },
      async (request) => cases.detail(actorOf(request), request.params.id),
    );

    r.post(
      '/cases/:id/events',
      {
        schema: {
          tags,
          summary: 'Pause, resume, fulfil, reopen, exclude, include or assign: appended to the log, the case is rebuilt from it',
          params: idParams,
          body: caseEventBody,
          response: { 200: caseDetail, ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await cases.addEvent(actor, request.params.id, request.body);
        return cases.detail(actor, request.params.id);
      },
    );

    r.post(
      '/cases/:id/delay-notice',
      {
        schema: {
          tags,
          summary: 'Promise 10: tell the business about a delay (reason, new expected date); by e-mail it goes through the outbox',
          params: idParams,
          body: delayNoticeBody,
          response: { 200: caseDetail, ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await notices.sendDelayNotice(actor, request.params.id, request.body);
        return cases.detail(actor, request.params.id);
      },
    );

    r.post(
      '/cases/:id/erase-personal-data',
      {
        schema: {
          tags,
          summary: 'GDPR: erase the business contact data; dates and outcome stay in the figures',
          params: idParams,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await cases.erasePersonalData(actorOf(request), request.params.id);
        return { ok: true as const };
      },
    );

    r.get(
      '/worklist',
      {
        schema: {
          tags,
          summary: 'My worklist: cases at risk or overdue and open callbacks (a pilot sees theirs and the unassigned ones)',
          response: {
            200: z.object({
              pilot: z.object({ id: z.uuid(), name: z.string() }).nullable(),
              cases: z.array(caseListItem),
              callbacks: z.array(caseListItem),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => cases.worklist(actorOf(request)),
    );
  };
}
