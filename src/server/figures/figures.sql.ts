import { type SQL, sql } from 'drizzle-orm';
import { serviceCase } from '../db/schema.js';
import type { Granularity, Outcome } from './figures.schemas.js';

// SQL fragments shared by the figures' repositories (live and rollup).
//
// One case's outcome, as SQL predicates shared by the live counts, the drill-down and the
// live part of the rollup figures. The triggers filling case_figure_rollup (migration
// case_figure_rollup) classify settled cases the same way. `today` is a parameter (the
// injected clock's Berlin date), never CURRENT_DATE, so a figure can be recomputed for any day.

const c = serviceCase;

export const isExcluded = sql`${c.status} = 'excluded'`;
export const isOnTime = sql`(${c.status} = 'fulfilled' and ${c.fulfilledOn} <= ${c.dueOn})`;
/** Open past its due date: the late cases whose outcome still depends on today. */
export const isOverdue = (today: string) => sql`(${c.status} = 'open' and ${c.dueOn} < ${today}::date)`;
export const isLate = (today: string) => sql`((${c.status} = 'fulfilled' and ${c.fulfilledOn} > ${c.dueOn}) or ${isOverdue(today)})`;
export const isFulfilled = sql`${c.status} = 'fulfilled'`;
// open and not yet due (or without a due date), or paused: neither on time nor late yet
export const isPending = (today: string) =>
  sql`(${c.status} = 'paused' or (${c.status} = 'open' and not coalesce(${c.dueOn} < ${today}::date, false)))`;
/** Open or paused: the outcome still depends on today. Literal, so the partial service_case_unsettled_idx applies. */
export const isUnsettled = sql`${c.status} in ('open', 'paused')`;

export function outcomeCondition(outcome: Outcome, today: string): SQL {
  switch (outcome) {
    case 'excluded':
      return isExcluded;
    case 'on_time':
      return isOnTime;
    case 'late':
      return isLate(today);
    case 'pending':
      return isPending(today);
    case 'fulfilled':
      return isFulfilled;
  }
}

// Only whitelisted literals reach sql.raw: the same expression must appear in SELECT and GROUP BY.
export const TRUNC: Record<Granularity, SQL> = {
  month: sql.raw(`'month'`),
  quarter: sql.raw(`'quarter'`),
  year: sql.raw(`'year'`),
};
