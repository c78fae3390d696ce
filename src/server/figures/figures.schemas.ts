import { z } from 'zod';
import { addDays, addMonths } from '../../domain/calendar/berlin-date.js';
import { DEADLINE_UNITS, PROMISE_AREAS } from '../db/schema.js';
import { isoDate } from '../http/common.schemas.js';

// Request and response schemas of the live compliance figures.

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
/** Drill-down filters; `fulfilled` is every fulfilled case, on time, late or without deadline. */
export const OUTCOMES = ['on_time', 'late', 'pending', 'excluded', 'fulfilled'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** One case's outcome: `fulfilled` only for a fulfilled case that had no due date. */
export type CaseOutcome = Outcome;

/** The longest period one request may cover: bounds the trend series and the work per request. */
export const MAX_PERIOD_YEARS = 10;

/** Names the field that is wrong; undefined when the period is fine. */
export function periodProblem(
  from: string,
  to: string,
  fields = { from: 'from', to: 'to' },
): { field: string; message: string } | undefined {
  if (to < from) return { field: fields.to, message: `${fields.to} (${to}) lies before ${fields.from} (${from})` };
  const last = addDays(addMonths(from, 12 * MAX_PERIOD_YEARS), -1);
  if (to > last)
    return {
      field: fields.to,
      message: `the period ${from} … ${to} is longer than ${MAX_PERIOD_YEARS} years (${fields.to} may be ${last} at the latest)`,
    };
  return undefined;
}

/** A period of receipt dates; both ends optional (the service defaults to the current year). */
const periodShape = {
  from: isoDate.optional().describe('first receipt date (YYYY-MM-DD); default: 1 January of the current year'),
  to: isoDate.optional().describe('last receipt date (YYYY-MM-DD); default: 31 December of the current year'),
};

function checkPeriod(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (!q.from || !q.to) return;
  const problem = periodProblem(q.from, q.to);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

const granularity = z.enum(GRANULARITIES).default('month');
const organizationId = z.uuid().optional().describe('district staff: the district itself or one member municipality; default: all of them');

export const figuresQuery = z.object({ ...periodShape, granularity }).superRefine(checkPeriod);
export const districtQuery = z.object({ ...periodShape, granularity, organizationId }).superRefine(checkPeriod);
export const exportQuery = z
  .object({
    ...periodShape,
    granularity,
    organizationId,
    scope: z.enum(['administration', 'district']).default('administration').describe('district: the district view (district staff only)'),
  })
  .superRefine(checkPeriod);
export const casesQuery = z
  .object({
    ...periodShape,
    promiseKey: z.string().trim().min(1).max(100).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    organizationId,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .superRefine(checkPeriod);

export type FiguresQuery = z.infer<typeof figuresQuery>;
export type DistrictQuery = z.infer<typeof districtQuery>;
export type CasesQuery = z.infer<typeof casesQuery>;
export type ExportQuery = z.infer<typeof exportQuery>;

const counts = {
  cases: z.number().int().describe('cases received in the period, excluded ones not counted'),
  onTime: z.number().int(),
  late: z.number().int().describe('fulfilled after the due date, or open and past it'),
  pending: z.number().int().describe('neither on time nor late yet: open and not yet due (or without due date), or paused'),
  fulfilled: z.number().int(),
  excluded: z.number().int().describe('taken out of the figures with a reason; shown apart'),
  deviationRate: z.number().nullable().describe('late / (on time + late); null while no case is decided'),
};

export const trendPoint = z.object({
  label: z.string().describe('2026-03, 2026-Q1 or 2026'),
  from: z.string(),
  to: z.string(),
  cases: counts.cases,
  onTime: counts.onTime,
  late: counts.late,
  pending: counts.pending,
  excluded: counts.excluded,
  deviationRate: counts.deviationRate,
});

export const promiseFigures = z.object({
  key: z.string(),
  number: z.number().int().nullable(),
  title: z.string(),
  area: z.enum(PROMISE_AREAS),
  amount: z.number().int().nullable(),
  unit: z.enum(DEADLINE_UNITS).nullable(),
  hasDeadline: z.boolean(),
  allowedDeviationRate: z.number(),
  ...counts,
  aboveAllowed: z.boolean().describe('the deviation rate exceeds the allowed rate'),
  medianWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
  trend: z.array(trendPoint),
});

export const administrationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['municipality', 'district']) });

const periodView = z.object({ from: z.string(), to: z.string(), granularity: z.enum(GRANULARITIES) });

export const figuresView = z.object({
  organization: administrationRef,
  period: periodView,
  today: z.string().describe('the Europe/Berlin date against which open cases count as late'),
  promises: z.array(promiseFigures),
});

export const breakdownFigures = z.object({
  key: z.string(),
  cases: counts.cases,
  onTime: counts.onTime,
  late: counts.late,
  pending: counts.pending,
  fulfilled: counts.fulfilled,
  excluded: counts.excluded,
  deviationRate: counts.deviationRate,
  aboveAllowed: z.boolean(),
  medianWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
});

export const districtFiguresView = figuresView.extend({
  administrations: z.array(administrationRef).describe('the district and all its member municipalities (for the switch)'),
  selectedOrganizationId: z.uuid().nullable().describe('null: the whole district'),
  breakdown: z.array(administrationRef.extend({ promises: z.array(breakdownFigures) })),
});

export const caseRow = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  promiseKey: z.string(),
  promiseTitle: z.string(),
  reference: z.string(),
  subject: z.string(),
  businessName: z.string().nullable().describe('only for cases of the caller’s own administration'),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  fulfilledOn: z.string().nullable(),
  status: z.string(),
  outcome: z.enum(OUTCOMES).describe('on_time, late, pending, excluded; fulfilled for a fulfilled case without due date'),
  durationWorkingDays: z.number().int().nullable(),
});

export const casesView = z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), items: z.array(caseRow) });

export type PromiseFigures = z.infer<typeof promiseFigures>;
export type BreakdownFigures = z.infer<typeof breakdownFigures>;
export type FiguresView = z.infer<typeof figuresView>;
export type DistrictFiguresView = z.infer<typeof districtFiguresView>;
export type AdministrationRef = z.infer<typeof administrationRef>;
