import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CycleAuditService } from '../assessments/cycle-audit.service.js';
import { actorOf } from '../auth/auth.plugin.js';
import { CYCLE_AUDIT_KINDS, CYCLE_AUDIT_OUTCOMES } from '../db/schema.js';
import { errorResponses, isoDate, localized, okResponse } from '../http/common.schemas.js';
import type { CertificateCycleService } from './certificate-cycle.service.js';

const STATES = ['valid', 'surveillance_due', 'suspended', 'expired', 'withdrawn'] as const;
const tags = ['certificate cycle'];
const idParams = z.object({ id: z.uuid() });

const overviewQuery = z.object({
  state: z
    .string()
    .max(100)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const states = v.split(',');
      const bad = states.find((s) => !(STATES as readonly string[]).includes(s));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `unknown state "${bad}"; use ${STATES.join(', ')}` });
        return z.NEVER;
      }
      return states as (typeof STATES)[number][];
    }),
  dueBefore: isoDate.optional(),
  schemeId: z.string().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

const nextAudit = z.object({
  id: z.uuid(),
  kind: z.enum(CYCLE_AUDIT_KINDS),
  sequence: z.number().int(),
  dueOn: z.string(),
  assessmentId: z.uuid().nullable(),
});
const overviewItem = z.object({
  id: z.uuid(),
  number: z.string(),
  schemeId: z.string(),
  catalogVersion: z.string(),
  schemeTitle: localized,
  municipalityId: z.uuid(),
  municipalityName: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  level: z.string().nullable(),
  state: z.enum(STATES),
  nextAudit: nextAudit.nullable(),
});

const cycleView = z.object({
  state: z.enum(STATES),
  statusReason: z.string().nullable(),
  statusChangedAt: z.date().nullable(),
  previousCertificateId: z.uuid().nullable(),
  nextAuditId: z.uuid().nullable(),
  audits: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(CYCLE_AUDIT_KINDS),
      sequence: z.number().int(),
      dueOn: z.string(),
      assessmentId: z.uuid().nullable(),
      completedOn: z.string().nullable(),
      outcome: z.enum(CYCLE_AUDIT_OUTCOMES).nullable(),
      overdue: z.boolean(),
    }),
  ),
});

export function certificateCycleRoutes(cycle: CertificateCycleService, cycleAudits: CycleAuditService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/certificates/overview',
      {
        schema: {
          tags,
          summary: 'Every certificate of my organisation with its state today and the next audit it owes, the earliest due first',
          querystring: overviewQuery,
          response: {
            200: z.object({ items: z.array(overviewItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { state, page, pageSize, ...f } = request.query;
        const { items, total } = await cycle.overview(actorOf(request), {
          ...f,
          states: state,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        return { items, total, page, pageSize };
      },
    );

    const reminderSettings = z.object({
      leadWorkingDays: z.number().int().min(1, 'must be at least 1 working day').max(120, 'must be at most 120 working days'),
    });
    r.get(
      '/certificates/reminder-settings',
      {
        schema: {
          tags,
          summary: 'How many working days before an owed audit reminders go to the certifier and the municipality',
          response: { 200: reminderSettings, ...errorResponses },
        },
      },
      async (request) => cycle.reminderSettings(actorOf(request)),
    );
    r.put(
      '/certificates/reminder-settings',
      {
        schema: {
          tags,
          summary: 'Change the reminder lead time (certifier admin); reminders go out on working days only',
          body: reminderSettings,
          response: { 200: reminderSettings, ...errorResponses },
        },
      },
      async (request) => cycle.updateReminderSettings(actorOf(request), request.body),
    );

    r.get(
      '/certificates/:id/cycle',
      {
        schema: {
          tags,
          summary: 'The audits a certificate owes (surveillance, recertification), their progress, and its state today',
          params: idParams,
          response: { 200: cycleView, ...errorResponses },
        },
      },
      async (request) => cycle.cycle(actorOf(request), request.params.id),
    );

    r.post(
      '/certificates/:id/audits/:auditId/start',
      {
        schema: {
          tags,
          summary:
            'Start an owed surveillance or recertification audit: a copy of the last assessment, scores reset, open findings carried over',
          params: z.object({ id: z.uuid(), auditId: z.uuid() }),
          body: z.object({ catalogVersion: z.string().max(40).optional(), documentationDueOn: isoDate.optional() }),
          response: { 201: z.object({ assessmentId: z.uuid() }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send({ assessmentId: await cycleAudits.start(actorOf(request), request.params.id, request.params.auditId, request.body) }),
    );

    r.post(
      '/certificates/:id/status',
      {
        schema: {
          tags,
          summary: 'Suspend, reinstate or withdraw a certificate by decision of the certifier, with a reason',
          params: idParams,
          body: z.object({ status: z.enum(['valid', 'suspended', 'withdrawn']), reason: z.string().trim().min(3).max(1000) }),
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await cycle.changeStatus(actorOf(request), request.params.id, request.body);
        return { ok: true as const };
      },
    );
  };
}
