import { addDays, addMonths } from '../../domain/calendar/berlin-date.js';
import { ValidationError } from '../http/errors.js';
import { type Granularity, periodProblem } from './figures.schemas.js';

export type Period = { from: string; to: string };
export type Bucket = { start: string; label: string; from: string; to: string };

const MONTHS: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The period a request asks for: a missing end defaults to the year of the other end,
 * or to the current year. A bad period is a 400 naming the field.
 */
export function resolvePeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
  fields = { from: 'from', to: 'to' },
): Period {
  const from = q.from ?? `${(q.to ?? today).slice(0, 4)}-01-01`;
  const to = q.to ?? `${from.slice(0, 4)}-12-31`;
  const problem = periodProblem(from, to, fields);
  if (problem) throw new ValidationError(`Invalid period: ${problem.field}: ${problem.message}`);
  return { from, to };
}

/** The first day of the bucket a date falls in (the same as SQL date_trunc). */
export function bucketStart(date: string, g: Granularity): string {
  const [y, m] = date.split('-') as [string, string];
  const month = Number(m);
  const first = g === 'month' ? month : g === 'quarter' ? month - ((month - 1) % 3) : 1;
  return `${y}-${String(first).padStart(2, '0')}-01`;
}

function labelOf(start: string, g: Granularity): string {
  if (g === 'month') return start.slice(0, 7);
  if (g === 'quarter') return `${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`;
  return start.slice(0, 4);
}

/** Every bucket the period touches, in order, clipped to the period (at most 120 for 10 years by month). */
export function bucketsOf(period: Period, g: Granularity): Bucket[] {
  const out: Bucket[] = [];
  for (let start = bucketStart(period.from, g); start <= period.to; start = addMonths(start, MONTHS[g])) {
    const end = addDays(addMonths(start, MONTHS[g]), -1);
    out.push({ start, label: labelOf(start, g), from: start < period.from ? period.from : start, to: end > period.to ? period.to : end });
  }
  return out;
}

/**
 * Whether the period starts on the first of a month and ends on the last day of one: then its
 * settled cases are exactly the rows of case_figure_rollup for those months.
 */
export function coversWholeMonths(period: Period): boolean {
  return period.from.endsWith('-01') && addDays(period.to, 1).endsWith('-01');
}

/**
 * The calendar years lying wholly inside a period of whole months, or null if none does: their
 * cases' durations are read from the yearly rows of case_duration_rollup, the other months'
 * from the monthly ones.
 */
export function wholeYearsOf(period: Period): Period | null {
  const first = Number(period.from.slice(0, 4)) + (period.from.endsWith('-01-01') ? 0 : 1);
  const last = Number(period.to.slice(0, 4)) - (period.to.endsWith('-12-31') ? 0 : 1);
  return first <= last ? { from: `${first}-01-01`, to: `${last}-12-31` } : null;
}
