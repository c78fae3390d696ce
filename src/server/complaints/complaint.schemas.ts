import { z } from 'zod';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES, COMPLAINT_STEPS, COMPLAINT_TYPES } from '../db/schema.js';
import { isoDate, isoDateTime } from '../http/common.schemas.js';
import { publicFormFields } from '../public-forms/public-forms.schemas.js';

// Request and response schemas of the complaint office. Free texts are bounded so a
// form cannot store a novel; the error names the field that is too long.

export const STAFF_CHANNELS = ['phone', 'letter', 'email', 'in_person'] as const;
export const DECISION_CHANNELS = ['email', 'letter', 'phone', 'in_person', 'not_reachable'] as const;
/** Root causes as categories: they stay for the statistics after personal data is erased. */
export const ROOT_CAUSES = [
  'process',
  'deadline',
  'communication',
  'staff_conduct',
  'information',
  'it_system',
  'legal_framework',
  'other',
] as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const phone = z
  .string()
  .trim()
  .max(50)
  .regex(/^[+0-9 ()/-]*$/, 'only digits, spaces and + ( ) / -');

/** Contact data is optional; giving any needs consent, and an anonymous complaint has none. */
const complaintFields = {
  type: z.enum(COMPLAINT_TYPES).default('complaint'),
  anonymous: z.boolean().default(false),
  consent: z.boolean().default(false).describe('Consent to store and use the contact data to answer'),
  complainantName: optionalText(200),
  complainantEmail: z.union([z.literal(''), z.email().max(320)]).optional(),
  complainantPhone: phone.optional(),
  description: text(5000),
  remedySought: optionalText(2000),
  promiseId: z.uuid().optional(),
};

export const createComplaintBody = z.object({
  ...complaintFields,
  channel: z.enum(STAFF_CHANNELS),
  receivedAt: isoDateTime.optional().describe('When the phone call, letter or visit came in; now when omitted'),
  caseId: z.uuid().optional(),
});

export const publicComplaintBody = z.object({ ...complaintFields }).extend(publicFormFields.shape);

export const acknowledgeBody = z.object({
  message: optionalText(5000).describe('Sent to the complainant by e-mail when they gave consent and an address'),
});

export const assessBody = z.object({
  type: z.enum(COMPLAINT_TYPES),
  severity: z.enum(COMPLAINT_SEVERITIES),
  assessment: text(5000),
  assigneeUserId: z.uuid(),
  responseDueOn: isoDate,
});

export const investigateBody = z.object({ investigation: text(10_000) });
export const respondBody = z.object({ response: text(10_000) });
export const communicateBody = z.object({ channel: z.enum(DECISION_CHANNELS) });

export const closeBody = z.object({
  satisfaction: z.number().int().min(1).max(5).optional().describe('1 very dissatisfied … 5 very satisfied, when the complainant said'),
  rootCause: z.enum(ROOT_CAUSES).optional(),
  correctiveAction: optionalText(5000),
});

const yes = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listQuery = z.object({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  type: z.enum(COMPLAINT_TYPES).optional(),
  overdue: yes.optional().describe('Only complaints whose acknowledgement is overdue'),
  promiseId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const statsQuery = z.object({ from: isoDate, to: isoDate });

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const complaintSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  receivedAt: z.date(),
  channel: z.enum(COMPLAINT_CHANNELS),
  type: z.enum(COMPLAINT_TYPES),
  severity: z.enum(COMPLAINT_SEVERITIES).nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  anonymous: z.boolean(),
  complainantName: z.string().nullable(),
  acknowledgementDueOn: z.string(),
  acknowledgementOverdue: z.boolean(),
  responseDueOn: z.string().nullable(),
  assignee: person.nullable(),
  promise: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  personalDataErased: z.boolean(),
});

export const complaintDetail = complaintSummary.extend({
  consent: z.boolean(),
  complainantEmail: z.string().nullable(),
  complainantPhone: z.string().nullable(),
  case: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
  description: z.string(),
  remedySought: z.string().nullable(),
  acknowledgedAt: z.date().nullable(),
  assessment: z.string().nullable(),
  investigation: z.string().nullable(),
  response: z.string().nullable(),
  respondedAt: z.date().nullable(),
  decisionCommunicatedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  satisfaction: z.number().nullable(),
  rootCause: z.string().nullable(),
  correctiveAction: z.string().nullable(),
  personalDataErasedAt: z.date().nullable(),
  nextStep: z.enum(['acknowledge', 'assess', 'investigate', 'respond', 'communicate_decision', 'close']).nullable(),
  allowedSteps: z.array(z.enum(['acknowledge', 'assess', 'investigate', 'respond', 'communicate_decision', 'close'])),
  /** Whether a response can go out by e-mail: consent and an address, not erased. */
  canMail: z.boolean(),
  events: z.array(
    z.object({ step: z.enum(COMPLAINT_STEPS), occurredAt: z.date(), actor: person.nullable(), data: z.record(z.string(), z.string()) }),
  ),
});

const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const statsResponse = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  byType: counts(COMPLAINT_TYPES),
  byStatus: counts(COMPLAINT_STATUSES),
  bySeverity: counts([...COMPLAINT_SEVERITIES, 'unassessed'] as const),
  byRootCause: z.array(z.object({ rootCause: z.string(), count: z.number().int() })),
  acknowledgement: z.object({
    decided: z.number().int().describe('Acknowledged, or unacknowledged past the due date'),
    withinDeadline: z.number().int(),
    share: z.number().nullable().describe('withinDeadline / decided, null when nothing is decided yet'),
  }),
  medianDaysToResponse: z.number().nullable().describe('Calendar days from receipt to response, one decimal'),
  satisfaction: z.object({ answers: z.number().int(), average: z.number().nullable() }),
});

export const formInfoResponse = z.object({
  administration: z.object({ id: z.uuid(), name: z.string() }),
  promises: z.array(z.object({ id: z.uuid(), number: z.number().nullable(), title: z.string() })),
});

export const optionsResponse = z.object({
  assignees: z.array(person),
  promises: z.array(z.object({ id: z.uuid(), number: z.number().nullable(), title: z.string() })),
});
