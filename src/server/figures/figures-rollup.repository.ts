import { inArray, type SQL, sql } from 'drizzle-orm';
import { percentileCont } from '../../domain/figures/percentile.js';
import type { DbOrTx } from '../db/client.js';
import { caseDurationRollup, caseFigureRollup, serviceCase, servicePromise } from '../db/schema.js';
import { wholeYearsOf } from './figures.periods.js';
import type { AggregateOptions, AggregateRow, FigureFilter } from './figures.repository.js';
import type { Granularity } from './figures.schemas.js';
import { isOverdue, isPending, isUnsettled, TRUNC } from './figures.sql.js';

const r = caseFigureRollup;
const d = caseDurationRollup;
const c = serviceCase;
const p = servicePromise;

type Row = Omit<AggregateRow, 'medianWorkingDays' | 'p90WorkingDays'> & { durations: number[] | null; counts: number[] | null };

/** The rows of case_duration_rollup that hold the period's durations once: whole years from the yearly rows, other months from the monthly ones. */
function durationsIn(f: FigureFilter): SQL {
  const months = sql`${d.grain} = 'month' and ${d.receivedFrom} between ${f.from}::date and ${f.to}::date`;
  const years = wholeYearsOf(f);
  if (!years) return months;
  return sql`((${d.grain} = 'year' and ${d.receivedFrom} between ${years.from}::date and ${years.to}::date)
    or (${months} and (${d.receivedFrom} < ${years.from}::date or ${d.receivedFrom} > ${years.to}::date)))`;
}

/**
 * The figures of a period of whole months, in one statement, from a few rows per
 * administration, promise version and month instead of every case: the settled cases'
 * counts from case_figure_rollup, the open and paused ones (whose outcome depends on today)
 * from service_case through the small partial service_case_unsettled_idx, added up per
 * promise key as aggregateLive does; the durations as one histogram per promise key (and
 * administration) from case_duration_rollup, whose percentiles percentileCont computes
 * exactly as percentile_cont over the cases. Same rows and values as aggregateLive.
 */
export async function aggregateFromRollup(
  db: DbOrTx,
  f: FigureFilter,
  granularity: Granularity,
  opts: AggregateOptions,
): Promise<AggregateRow[]> {
  const trunc = TRUNC[granularity];
  const keyFilter = opts.keys ? sql`and ${inArray(p.key, opts.keys)}` : sql``;
  const countSets = opts.perOrganization
    ? sql`(${p.key}), (${p.key}, counted.bucket), (${p.key}, ${p.organizationId})`
    : sql`(${p.key}), (${p.key}, counted.bucket)`;
  const histogramSets = opts.perOrganization
    ? sql`(${p.key}, ${d.durationWorkingDays}), (${p.key}, ${d.organizationId}, ${d.durationWorkingDays})`
    : sql`(${p.key}, ${d.durationWorkingDays})`;

  const result = await db.execute(sql`
    with counted as (
      select ${r.promiseId} as promise_id, date_trunc(${trunc}, ${r.receivedMonth}::timestamp) as bucket,
             ${r.onTimeCases} + ${r.lateCases} + ${r.noDeadlineCases} as cases, ${r.onTimeCases} as on_time, ${r.lateCases} as late, 0 as pending,
             ${r.onTimeCases} + ${r.lateCases} + ${r.noDeadlineCases} as fulfilled, ${r.excludedCases} as excluded
      from ${r}
      where ${inArray(r.organizationId, f.organizationIds)} and ${r.receivedMonth} between ${f.from}::date and ${f.to}::date
      union all
      -- late = overdue for an open case; only the columns of the partial index, for an index-only scan
      select ${c.promiseId}, date_trunc(${trunc}, ${c.receivedOn}::timestamp), 1, 0,
             case when ${isOverdue(f.today)} then 1 else 0 end, case when ${isPending(f.today)} then 1 else 0 end, 0, 0
      from ${c}
      where ${inArray(c.organizationId, f.organizationIds)} and ${c.receivedOn} between ${f.from}::date and ${f.to}::date and ${isUnsettled}
    ),
    counts as (
      select ${p.key} as key, ${opts.perOrganization ? p.organizationId : sql`null::uuid`} as organization_id, counted.bucket,
             sum(counted.cases)::int as cases, sum(counted.on_time)::int as on_time, sum(counted.late)::int as late,
             sum(counted.pending)::int as pending, sum(counted.fulfilled)::int as fulfilled, sum(counted.excluded)::int as excluded
      from counted join ${p} on ${p.id} = counted.promise_id
      where true ${keyFilter}
      group by grouping sets (${countSets})
    ),
    histogram as (
      select ${p.key} as key, ${opts.perOrganization ? d.organizationId : sql`null::uuid`} as organization_id,
             ${d.durationWorkingDays} as duration, sum(${d.cases})::int as cases
      from ${d} join ${p} on ${p.id} = ${d.promiseId}
      where ${inArray(d.organizationId, f.organizationIds)} and ${durationsIn(f)} ${keyFilter}
      group by grouping sets (${histogramSets})
    ),
    histograms as (
      -- JSON, not int[]: node-postgres reads it with JSON.parse, several times faster
      select key, organization_id, json_agg(duration order by duration) as durations, json_agg(cases order by duration) as counts
      from histogram
      group by key, organization_id
    )
    select counts.key, counts.organization_id as "organizationId", to_char(counts.bucket, 'YYYY-MM-DD') as bucket,
           counts.cases, counts.on_time as "onTime", counts.late, counts.pending, counts.fulfilled, counts.excluded,
           histograms.durations, histograms.counts
    from counts
    left join histograms on counts.bucket is null and histograms.key = counts.key
      and histograms.organization_id is not distinct from counts.organization_id
  `);
  // both drivers (node-postgres and PGlite) answer raw SQL with { rows }
  const { rows } = result as unknown as { rows: Row[] };
  return rows.map(({ durations, counts, ...row }) => {
    const h = durations && counts ? { values: durations, counts } : null;
    return { ...row, medianWorkingDays: h && percentileCont(h, 0.5), p90WorkingDays: h && percentileCont(h, 0.9) };
  });
}
