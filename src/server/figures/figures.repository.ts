import { and, asc, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { figuresVersion, organization, serviceCase, servicePromise } from '../db/schema.js';
import { aggregateFromRollup } from './figures-rollup.repository.js';
import { coversWholeMonths } from './figures.periods.js';
import type { CaseOutcome, Granularity, Outcome } from './figures.schemas.js';
import { isExcluded, isFulfilled, isLate, isOnTime, isPending, outcomeCondition, TRUNC } from './figures.sql.js';

// The figures are SQL aggregates over the stored due and fulfilment dates: no case is
// loaded into JavaScript to be counted. `today` comes in as a parameter (the injected
// clock's Berlin date), never CURRENT_DATE, so a figure can be recomputed for any day.
// Periods of whole months read the trigger-maintained rollups of the settled cases
// (figures-rollup.repository.ts); any other period counts the cases themselves.

export type FigureFilter = {
  organizationIds: string[];
  from: string;
  to: string;
  /** Europe/Berlin date: an open case whose due date lies before it is late. */
  today: string;
};

export type AggregateRow = {
  key: string;
  organizationId: string | null;
  bucket: string | null;
  cases: number;
  onTime: number;
  late: number;
  pending: number;
  fulfilled: number;
  excluded: number;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
};

const c = serviceCase;
const p = servicePromise;

const bucketOf = (g: Granularity) => sql`date_trunc(${TRUNC[g]}, ${c.receivedOn}::timestamp)`;

const scopeOf = (f: FigureFilter) => and(inArray(c.organizationId, f.organizationIds), gte(c.receivedOn, f.from), lte(c.receivedOn, f.to));

export type AggregateOptions = { perOrganization: boolean; keys?: string[] };

/**
 * The figures counted over the cases themselves, for any period.
 *
 * Shaped for the district dashboard (tens of thousands of cases per request): both
 * statements read only the covering service_case_figures_idx (an index-only scan); the
 * counts are hashed per promise version and bucket first and only those few rows are
 * rolled up per key, so no sort of the cases is needed; the percentiles, which must sort,
 * read the fulfilled cases alone.
 */
export async function aggregateLive(
  db: DbOrTx,
  f: FigureFilter,
  granularity: Granularity,
  opts: AggregateOptions,
): Promise<AggregateRow[]> {
  const bucket = bucketOf(granularity);
  const base = db.$with('base').as(
    db
      .select({
        promiseId: c.promiseId,
        bucket: sql<string>`${bucket}`.as('bucket'),
        cases: sql<number>`count(*) filter (where not (${isExcluded}))`.as('cases'),
        onTime: sql<number>`count(*) filter (where ${isOnTime})`.as('on_time'),
        late: sql<number>`count(*) filter (where ${isLate(f.today)})`.as('late'),
        pending: sql<number>`count(*) filter (where ${isPending(f.today)})`.as('pending'),
        fulfilled: sql<number>`count(*) filter (where ${isFulfilled})`.as('fulfilled'),
        excluded: sql<number>`count(*) filter (where ${isExcluded})`.as('excluded'),
      })
      .from(c)
      .where(scopeOf(f))
      .groupBy(c.promiseId, sql`2`),
  );
  const countSets = opts.perOrganization
    ? sql`grouping sets ((${p.key}), (${p.key}, ${base.bucket}), (${p.key}, ${p.organizationId}))`
    : sql`grouping sets ((${p.key}), (${p.key}, ${base.bucket}))`;
  const total = (col: SQL.Aliased<number>) => sql<number>`sum(${col})::int`;
  const durationSets = opts.perOrganization ? sql`grouping sets ((${p.key}), (${p.key}, ${c.organizationId}))` : sql`(${p.key})`;
  const fulfilledDuration = (q: number) =>
    sql<number | null>`percentile_cont(${sql.raw(String(q))}) within group (order by ${c.durationWorkingDays})`;
  const keyFilter = opts.keys ? inArray(p.key, opts.keys) : undefined;

  const [counts, durations] = await Promise.all([
    db
      .with(base)
      .select({
        key: p.key,
        organizationId: opts.perOrganization ? sql<string | null>`${p.organizationId}` : sql<string | null>`null::uuid`,
        bucket: sql<string | null>`to_char(${base.bucket}, 'YYYY-MM-DD')`,
        cases: total(base.cases),
        onTime: total(base.onTime),
        late: total(base.late),
        pending: total(base.pending),
        fulfilled: total(base.fulfilled),
        excluded: total(base.excluded),
      })
      .from(base)
      .innerJoin(p, eq(p.id, base.promiseId))
      .where(keyFilter)
      .groupBy(countSets),
    db
      .select({
        key: p.key,
        organizationId: opts.perOrganization ? sql<string | null>`${c.organizationId}` : sql<string | null>`null::uuid`,
        medianWorkingDays: fulfilledDuration(0.5),
        p90WorkingDays: fulfilledDuration(0.9),
      })
      .from(c)
      .innerJoin(p, eq(p.id, c.promiseId))
      .where(and(scopeOf(f), isFulfilled, keyFilter))
      .groupBy(durationSets),
  ]);
  const byGroup = new Map(durations.map((d) => [`${d.key}|${d.organizationId}`, d]));
  return counts.map((r) => {
    const d = r.bucket === null ? byGroup.get(`${r.key}|${r.organizationId}`) : undefined;
    return {
      ...r,
      medianWorkingDays: d?.medianWorkingDays == null ? null : Number(d.medianWorkingDays),
      p90WorkingDays: d?.p90WorkingDays == null ? null : Number(d.p90WorkingDays),
    };
  });
}

export function createFiguresRepository(db: DbOrTx) {
  return {
    /**
     * Counts and durations per promise key (across all its versions): per key, per key and
     * period bucket, and (with `perOrganization`) per key and administration. A NULL bucket /
     * organizationId marks the rows of the other groupings.
     *
     * A period of whole months (the dashboard's years, quarters and months) is answered from
     * the rollups of the settled cases plus the few open and paused cases; any other period
     * from the cases.
     * Both give the same rows (test/figures-rollup.test.ts).
     */
    aggregate(f: FigureFilter, granularity: Granularity, opts: AggregateOptions): Promise<AggregateRow[]> {
      return coversWholeMonths(f) ? aggregateFromRollup(db, f, granularity, opts) : aggregateLive(db, f, granularity, opts);
    },

    /**
     * The figures_version counters of these administrations as one string: it changes with
     * every committed change to their cases or promises (figures.cache.ts).
     */
    async stamp(organizationIds: string[]): Promise<string> {
      const [row] = await db
        .select({
          stamp: sql<
            string | null
          >`string_agg(${figuresVersion.organizationId}::text || ':' || ${figuresVersion.version}, ',' order by ${figuresVersion.organizationId})`,
        })
        .from(figuresVersion)
        .where(inArray(figuresVersion.organizationId, organizationIds));
      return row?.stamp ?? '';
    },

    /**
     * One version per promise key of these administrations, to name the row: a current one
     * if any exists, the preferred administration's before the others, the newest first.
     */
    promiseVersions(organizationIds: string[], preferredOrganizationId: string) {
      return db
        .selectDistinctOn([p.key], {
          key: p.key,
          number: p.number,
          title: p.title,
          area: p.area,
          amount: p.amount,
          unit: p.unit,
          allowedDeviationRate: p.allowedDeviationRate,
          current: sql<boolean>`${p.retiredAt} is null`,
        })
        .from(p)
        .where(inArray(p.organizationId, organizationIds))
        .orderBy(p.key, sql`${p.retiredAt} is null desc`, sql`${p.organizationId} = ${preferredOrganizationId} desc`, desc(p.version));
    },

    /** Current promises of one administration that name a criterion of the scheme. */
    currentPromisesFor(organizationId: string, schemeId: string) {
      return db
        .select({
          key: p.key,
          title: p.title,
          amount: p.amount,
          allowedDeviationRate: p.allowedDeviationRate,
          criterionRefs: p.criterionRefs,
        })
        .from(p)
        .where(
          and(
            eq(p.organizationId, organizationId),
            sql`${p.retiredAt} is null`,
            sql`${p.criterionRefs} @> ${JSON.stringify([{ schemeId }])}::jsonb`,
          ),
        )
        .orderBy(asc(p.number), asc(p.key));
    },

    async organization(id: string) {
      const [row] = await db
        .select({ id: organization.id, name: organization.name, kind: organization.kind, parentId: organization.parentId })
        .from(organization)
        .where(eq(organization.id, id));
      return row;
    },

    /** The district itself first, then its member municipalities by name. */
    districtAdministrations(districtId: string) {
      return db
        .select({ id: organization.id, name: organization.name, kind: organization.kind })
        .from(organization)
        .where(or(eq(organization.id, districtId), and(eq(organization.parentId, districtId), eq(organization.kind, 'municipality'))))
        .orderBy(sql`${organization.id} = ${districtId} desc`, asc(organization.name));
    },

    /** One page of the cases behind a figure, newest receipt first. */
    async cases(
      f: FigureFilter,
      filter: { promiseKey?: string | undefined; outcome?: Outcome | undefined },
      page: { limit: number; offset: number },
    ) {
      const where = and(
        scopeOf(f),
        filter.promiseKey ? eq(p.key, filter.promiseKey) : undefined,
        filter.outcome ? outcomeCondition(filter.outcome, f.today) : undefined,
      );
      // a fulfilled case of a promise without deadline is neither on time nor late: just fulfilled
      const outcome = sql<CaseOutcome>`case when ${isExcluded} then 'excluded' when ${isOnTime} then 'on_time' when ${isLate(f.today)} then 'late' when ${isPending(f.today)} then 'pending' else 'fulfilled' end`;
      const [items, [count]] = await Promise.all([
        db
          .select({
            id: c.id,
            organizationId: c.organizationId,
            organizationName: organization.name,
            promiseKey: p.key,
            promiseTitle: p.title,
            reference: c.reference,
            subject: c.subject,
            businessName: c.businessName,
            receivedOn: c.receivedOn,
            dueOn: c.dueOn,
            fulfilledOn: c.fulfilledOn,
            status: c.status,
            outcome,
            durationWorkingDays: c.durationWorkingDays,
          })
          .from(c)
          .innerJoin(p, eq(p.id, c.promiseId))
          .innerJoin(organization, eq(organization.id, c.organizationId))
          .where(where)
          .orderBy(desc(c.receivedOn), asc(c.reference), asc(c.id))
          .limit(page.limit)
          .offset(page.offset),
        db
          .select({ total: sql<number>`count(*)::int` })
          .from(c)
          .innerJoin(p, eq(p.id, c.promiseId))
          .where(where),
      ]);
      return { items, total: count?.total ?? 0 };
    },
  };
}

export type FiguresRepository = ReturnType<typeof createFiguresRepository>;
