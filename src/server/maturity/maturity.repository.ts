import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { assessment, assessmentCriterion, onlineServiceCheck, organization } from '../db/schema.js';

export type OnlineServiceRow = typeof onlineServiceCheck.$inferSelect;

export type BenchmarkQuery = {
  schemeId: string;
  certifierId: string;
  /** the administration asking: never part of its own comparison group */
  municipalityId: string;
  minPopulation: number;
  maxPopulation: number | null;
  aggregation: 'weakest' | 'average';
  /** criterion → dimension (and weight) of the asking assessment's catalog */
  mapping: { criterionId: string; dimensionId: string; weight: number }[];
};

export type BenchmarkRow = { groupSize: number; dimensionId: string | null; municipalities: number | null; median: number | null };

// Above the largest population any class could hold; keeps the top class a plain range.
const NO_UPPER_BOUND = 2_147_483_647;

export function createMaturityRepository(db: DbOrTx) {
  return {
    /** The ratings of one assessment: the municipality's own and the auditor's, side by side. */
    criteria(assessmentId: string) {
      const c = assessmentCriterion;
      return db
        .select({
          criterionId: c.criterionId,
          selfLevel: c.selfMaturityLevel,
          selfComment: c.selfComment,
          auditorLevel: c.maturityLevel,
          notApplicable: c.notApplicable,
          scoredAt: c.scoredAt,
        })
        .from(c)
        .where(eq(c.assessmentId, assessmentId));
    },

    async population(organizationId: string): Promise<number | null> {
      const [row] = await db.select({ population: organization.population }).from(organization).where(eq(organization.id, organizationId));
      return row?.population ?? null;
    },

    async saveSelfLevel(
      assessmentId: string,
      criterionId: string,
      values: { selfMaturityLevel: number | null; selfComment: string | null },
    ) {
      await db
        .update(assessmentCriterion)
        .set(values)
        .where(and(eq(assessmentCriterion.assessmentId, assessmentId), eq(assessmentCriterion.criterionId, criterionId)));
    },

    async saveBudget(assessmentId: string, values: { digitalBudgetEuro: number | null; totalBudgetEuro: number | null }) {
      await db
        .update(assessment)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(assessment.id, assessmentId));
    },

    async markSubmitted(assessmentId: string, at: Date) {
      await db.update(assessment).set({ selfAssessmentSubmittedAt: at, updatedAt: at }).where(eq(assessment.id, assessmentId));
    },

    onlineServices(assessmentId: string) {
      return db
        .select()
        .from(onlineServiceCheck)
        .where(eq(onlineServiceCheck.assessmentId, assessmentId))
        .orderBy(asc(onlineServiceCheck.name), asc(onlineServiceCheck.createdAt));
    },

    async onlineService(assessmentId: string, serviceId: string): Promise<OnlineServiceRow | undefined> {
      const [row] = await db
        .select()
        .from(onlineServiceCheck)
        .where(and(eq(onlineServiceCheck.assessmentId, assessmentId), eq(onlineServiceCheck.id, serviceId)));
      return row;
    },

    async countOnlineServices(assessmentId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(onlineServiceCheck)
        .where(eq(onlineServiceCheck.assessmentId, assessmentId));
      return row?.n ?? 0;
    },

    async insertOnlineService(values: typeof onlineServiceCheck.$inferInsert): Promise<OnlineServiceRow> {
      const [row] = await db.insert(onlineServiceCheck).values(values).returning();
      return row!;
    },

    async updateOnlineService(serviceId: string, values: Partial<typeof onlineServiceCheck.$inferInsert>): Promise<OnlineServiceRow> {
      const [row] = await db.update(onlineServiceCheck).set(values).where(eq(onlineServiceCheck.id, serviceId)).returning();
      return row!;
    },

    async deleteOnlineService(assessmentId: string, serviceId: string) {
      await db
        .delete(onlineServiceCheck)
        .where(and(eq(onlineServiceCheck.assessmentId, assessmentId), eq(onlineServiceCheck.id, serviceId)));
    },

    /** OZG levels 3 and 4 count as "really online": an application can be filed without paper. */
    async onlineServiceSummary(assessmentId: string) {
      const s = onlineServiceCheck;
      const [row] = await db
        .select({
          total: sql<number>`count(*)::int`,
          statedOnline: sql<number>`(count(*) filter (where ${s.statedLevel} >= 3))::int`,
          checked: sql<number>`(count(*) filter (where ${s.checkedLevel} is not null))::int`,
          reallyOnline: sql<number>`(count(*) filter (where ${s.checkedLevel} >= 3))::int`,
        })
        .from(s)
        .where(eq(s.assessmentId, assessmentId));
      return row!;
    },

    /**
     * The anonymous comparison, as one SQL aggregate: the latest released assessment of the
     * same scheme and certifier per other administration of the size class; each one's
     * dimension levels aggregated by the scheme's rule; then per dimension the median and how
     * many administrations it rests on. Only counts and medians leave the database.
     */
    async benchmark(q: BenchmarkQuery): Promise<BenchmarkRow[]> {
      const mapping = JSON.stringify(
        q.mapping.map((m) => ({ criterion_id: m.criterionId, dimension_id: m.dimensionId, weight: m.weight })),
      );
      const dimensionLevel =
        q.aggregation === 'weakest'
          ? sql`min(ac.maturity_level)::float8`
          : sql`(sum(ac.maturity_level * m.weight) / sum(m.weight))::float8`;
      const result = await db.execute(sql`
        with mapping as (
          select * from jsonb_to_recordset(${mapping}::jsonb) as m(criterion_id text, dimension_id text, weight float8)
        ),
        latest as (
          select distinct on (a.municipality_id) a.id, a.municipality_id
          from assessment a
          join catalog c on c.id = a.catalog_id
          join organization o on o.id = a.municipality_id
          where c.scheme_id = ${q.schemeId}
            and a.certifier_id = ${q.certifierId}
            and a.municipality_id <> ${q.municipalityId}
            and a.status in ('passed', 'failed')
            and a.released_at is not null
            and o.population >= ${q.minPopulation}
            and o.population <= ${q.maxPopulation ?? NO_UPPER_BOUND}
          order by a.municipality_id, a.released_at desc
        ),
        dims as (
          select l.municipality_id, m.dimension_id, ${dimensionLevel} as level
          from latest l
          join assessment_criterion ac on ac.assessment_id = l.id
          join mapping m on m.criterion_id = ac.criterion_id
          where ac.maturity_level is not null and not ac.not_applicable
          group by l.municipality_id, m.dimension_id
        ),
        per_dimension as (
          select dimension_id, count(*)::int as municipalities, percentile_cont(0.5) within group (order by level) as median
          from dims
          group by dimension_id
        )
        select g.group_size, p.dimension_id, p.municipalities, p.median::float8 as median
        from (select count(*)::int as group_size from latest) g
        left join per_dimension p on true
      `);
      // both drivers (node-postgres and PGlite) answer raw SQL with { rows }
      const { rows } = result as unknown as {
        rows: { group_size: number; dimension_id: string | null; municipalities: number | null; median: number | null }[];
      };
      return rows.map((r) => ({
        groupSize: Number(r.group_size),
        dimensionId: r.dimension_id,
        municipalities: r.municipalities == null ? null : Number(r.municipalities),
        median: r.median == null ? null : Number(r.median),
      }));
    },
  };
}
