import { z } from 'zod';
import { CASE_EVENT_KINDS, CASE_SOURCES, CASE_STATUSES, DEADLINE_UNITS, PROMISE_ROLES } from '../db/schema.js';
import { isoDate, isoDateTime } from '../http/common.schemas.js';

export const CASE_STATES = ['on_time', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'excluded', 'no_deadline'] as const;
export const EXCLUSION_REASONS = ['withdrawn', 'later_date_requested', 'not_responsible', 'other'] as const;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const createCaseBody = z
  .object({
    promiseId: z.uuid().optional(),
    promiseKey: z.string().trim().max(63).optional(),
    receivedAt: isoDateTime.optional(),
    reference: z.string().trim().min(1).max(100).optional(),
    subject: z.string().trim().max(500).default(''),
    businessName: optionalText(300),
    contactName: optionalText(200),
    contactEmail: z.email().max(320).nullable().optional(),
    contactPhone: optionalText(50),
    pilotId: z.uuid().nullable().optional(),
    // an id from the sending system: the same id twice creates one case
    externalId: z.string().trim().min(1).max(200).optional(),
    details: z.record(z.string().max(60), z.string().max(500)).optional(),
  })
  .refine((b) => Boolean(b.promiseId) !== Boolean(b.promiseKey), { message: 'give either promiseId or promiseKey', path: ['promiseId'] });
export type CreateCaseBody = z.infer<typeof createCaseBody>;

const onDate = isoDate.optional().describe('the day the event counts for (Europe/Berlin); today when left out');
export const caseEventBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paused'), onDate, reason: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('resumed'), onDate }),
  z.object({ kind: z.literal('fulfilled'), onDate, note: z.string().trim().max(1000).optional() }),
  z.object({ kind: z.literal('reopened'), onDate, reason: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('excluded'), onDate, reason: z.enum(EXCLUSION_REASONS), note: z.string().trim().max(1000).optional() }),
  z.object({ kind: z.literal('included'), onDate }),
  z.object({ kind: z.literal('assigned'), pilotId: z.uuid().nullable() }),
]);
export type CaseEventBody = z.infer<typeof caseEventBody>;

export const delayNoticeBody = z.object({
  reason: z.string().trim().min(3).max(2000),
  expectedOn: isoDate,
  channel: z.enum(['email', 'phone', 'letter']),
});
export type DelayNoticeBody = z.infer<typeof delayNoticeBody>;

export const caseListQuery = z.object({
  state: z
    .string()
    .max(200)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const states = v.split(',');
      const bad = states.find((s) => !(CASE_STATES as readonly string[]).includes(s));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `unknown state "${bad}"; use ${CASE_STATES.join(', ')}` });
        return z.NEVER;
      }
      return states as (typeof CASE_STATES)[number][];
    }),
  promiseKey: z.string().max(63).optional(),
  pilotId: z.uuid().optional(),
  role: z.enum(PROMISE_ROLES).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const caseListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  subject: z.string(),
  businessName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  state: z.enum(CASE_STATES),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  warningOn: z.string().nullable(),
  fulfilledOn: z.string().nullable(),
  delayNoticeSentAt: z.date().nullable(),
  source: z.enum(CASE_SOURCES),
  promiseId: z.uuid(),
  promiseKey: z.string(),
  promiseTitle: z.string(),
  promiseRole: z.enum(PROMISE_ROLES).nullable(),
  pilotId: z.uuid().nullable(),
  pilotName: z.string().nullable(),
});

export const caseEventView = z.object({
  id: z.number().int(),
  kind: z.enum(CASE_EVENT_KINDS),
  onDate: z.string(),
  occurredAt: z.date(),
  actorUserId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const caseDetail = caseListItem.extend({
  externalId: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  details: z.record(z.string(), z.string()),
  receivedAt: z.date(),
  durationWorkingDays: z.number().int().nullable(),
  exclusionReason: z.string().nullable(),
  warnedAt: z.date().nullable(),
  personalDataErasedAt: z.date().nullable(),
  pauses: z.array(z.object({ from: z.string(), to: z.string().nullable() })),
  promise: z.object({
    id: z.uuid(),
    key: z.string(),
    version: z.number().int(),
    title: z.string(),
    amount: z.number().int().nullable(),
    unit: z.enum(DEADLINE_UNITS).nullable(),
    retired: z.boolean(),
  }),
  calendar: z.object({ id: z.uuid(), version: z.number().int(), region: z.string() }),
  pilotEmail: z.string().nullable(),
  events: z.array(caseEventView),
  /** At risk or overdue, not yet told: the pilot is prompted to send a delay notice (promise 10). */
  delayNoticeDue: z.boolean(),
});
export type CaseDetail = z.infer<typeof caseDetail>;
