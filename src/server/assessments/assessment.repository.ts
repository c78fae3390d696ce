import { aliasedTable, and, asc, count, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import {
  assessment,
  assessmentCriterion,
  bonusProject,
  catalog,
  developmentGoal,
  evidenceFile,
  measuredEvidence,
  organization,
} from '../db/schema.js';
import { districtNameOf } from '../organizations/district-name.js';

export type AssessmentRow = typeof assessment.$inferSelect;
export type CriterionRow = typeof assessmentCriterion.$inferSelect;
export type GoalRow = typeof developmentGoal.$inferSelect;
export type BonusRow = typeof bonusProject.$inferSelect;

/** Tenant scope: a certifier sees its procedures, a municipality its own. Nothing else exists for them. */
export type Scope = { organizationId: string };

const scopeFilter = (scope: Scope) =>
  or(eq(assessment.certifierId, scope.organizationId), eq(assessment.municipalityId, scope.organizationId));

const municipalityOrg = aliasedTable(organization, 'municipality_org');
const certifierOrg = aliasedTable(organization, 'certifier_org');

export function createAssessmentRepository(db: DbOrTx) {
  return {
    /** The assessment if the scope may see it; `forUpdate` locks it for the transaction. */
    async find(scope: Scope, id: string, opts: { forUpdate?: boolean } = {}): Promise<AssessmentRow | undefined> {
      const q = db
        .select()
        .from(assessment)
        .where(and(eq(assessment.id, id), scopeFilter(scope)))
        .limit(1);
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** The assessment with the names the detail view shows and its certificate, in one round trip. */
    async findWithNames(scope: Scope, id: string) {
      const [row] = await db
        .select({
          assessment,
          municipality: municipalityOrg.name,
          certifier: certifierOrg.name,
          district: districtNameOf(municipalityOrg.parentId),
          certificateId: sql<string | null>`(select c.id from certificate c where c.assessment_id = ${assessment.id})`,
          // the ISO rule's blocker, shown on the detail page (partial index finding_open_major_idx)
          openMajorCount: sql<number>`(select count(*)::int from finding f where f.assessment_id = ${assessment.id} and f.status = 'open' and f.grade = 'major')`,
        })
        .from(assessment)
        .innerJoin(municipalityOrg, eq(municipalityOrg.id, assessment.municipalityId))
        .innerJoin(certifierOrg, eq(certifierOrg.id, assessment.certifierId))
        .where(and(eq(assessment.id, id), scopeFilter(scope)));
      return row;
    },

    list(scope: Scope, filter: { status?: AssessmentRow['status'] }) {
      return db
        .select({
          id: assessment.id,
          status: assessment.status,
          round: assessment.round,
          appliedAt: assessment.appliedAt,
          meetingPlannedAt: assessment.meetingPlannedAt,
          releasedAt: assessment.releasedAt,
          result: assessment.result,
          certifierId: assessment.certifierId,
          municipalityId: assessment.municipalityId,
          municipalityName: municipalityOrg.name,
          certifierName: certifierOrg.name,
          schemeId: catalog.schemeId,
          catalogVersion: catalog.version,
          catalogTitle: sql<{ de: string; en: string }>`${catalog.definition}->'title'`,
        })
        .from(assessment)
        .innerJoin(municipalityOrg, eq(municipalityOrg.id, assessment.municipalityId))
        .innerJoin(certifierOrg, eq(certifierOrg.id, assessment.certifierId))
        .innerJoin(catalog, eq(catalog.id, assessment.catalogId))
        .where(and(scopeFilter(scope), filter.status ? eq(assessment.status, filter.status) : undefined))
        .orderBy(desc(assessment.appliedAt))
        .limit(500);
    },

    async names(
      row: Pick<AssessmentRow, 'certifierId' | 'municipalityId'>,
    ): Promise<{ municipality: string; certifier: string; district: string | null }> {
      const [names] = await db
        .select({ municipality: municipalityOrg.name, certifier: certifierOrg.name, district: districtNameOf(municipalityOrg.parentId) })
        .from(municipalityOrg)
        .innerJoin(certifierOrg, eq(certifierOrg.id, row.certifierId))
        .where(eq(municipalityOrg.id, row.municipalityId));
      return names!;
    },

    /** The last decided assessment of a certificate: its initial audit or a later one of its cycle. */
    async latestOfCertificate(certificateId: string, initialAssessmentId: string): Promise<AssessmentRow | undefined> {
      const [row] = await db
        .select()
        .from(assessment)
        .where(
          and(
            or(eq(assessment.id, initialAssessmentId), eq(assessment.certificateId, certificateId)),
            inArray(assessment.status, ['passed', 'failed']),
          ),
        )
        .orderBy(desc(assessment.releasedAt))
        .limit(1);
      return row;
    },

    async insert(values: typeof assessment.$inferInsert): Promise<AssessmentRow> {
      const [row] = await db.insert(assessment).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<typeof assessment.$inferInsert>): Promise<AssessmentRow> {
      const [row] = await db
        .update(assessment)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(assessment.id, id))
        .returning();
      return row!;
    },

    async insertCriteria(rows: (typeof assessmentCriterion.$inferInsert)[]) {
      if (rows.length > 0) await db.insert(assessmentCriterion).values(rows);
    },

    /** The criteria of a follow-up assessment (a new round, a cycle audit), each with the documentation the previous one had. */
    async insertCriteriaCarriedOver(
      previousId: string,
      next: Pick<AssessmentRow, 'id' | 'certifierId' | 'municipalityId'>,
      criterionIds: string[],
    ) {
      const previous = new Map((await this.criteria(previousId)).map((c) => [c.criterionId, c]));
      await this.insertCriteria(
        criterionIds.map((criterionId) => ({
          assessmentId: next.id,
          criterionId,
          certifierId: next.certifierId,
          municipalityId: next.municipalityId,
          explanation: previous.get(criterionId)?.explanation ?? '',
          links: previous.get(criterionId)?.links ?? [],
        })),
      );
    },

    criteria(assessmentId: string) {
      return db.select().from(assessmentCriterion).where(eq(assessmentCriterion.assessmentId, assessmentId));
    },

    async criterion(assessmentId: string, criterionId: string): Promise<CriterionRow | undefined> {
      const [row] = await db
        .select()
        .from(assessmentCriterion)
        .where(and(eq(assessmentCriterion.assessmentId, assessmentId), eq(assessmentCriterion.criterionId, criterionId)));
      return row;
    },

    async updateCriterion(assessmentId: string, criterionId: string, values: Partial<typeof assessmentCriterion.$inferInsert>) {
      const [row] = await db
        .update(assessmentCriterion)
        .set(values)
        .where(and(eq(assessmentCriterion.assessmentId, assessmentId), eq(assessmentCriterion.criterionId, criterionId)))
        .returning();
      return row!;
    },

    evidence(assessmentId: string) {
      return db
        .select({
          id: evidenceFile.id,
          criterionId: evidenceFile.criterionId,
          fileName: evidenceFile.fileName,
          mediaType: evidenceFile.mediaType,
          size: evidenceFile.size,
          sha256: evidenceFile.sha256,
          uploadedAt: evidenceFile.uploadedAt,
        })
        .from(evidenceFile)
        .where(eq(evidenceFile.assessmentId, assessmentId))
        .orderBy(asc(evidenceFile.uploadedAt));
    },

    /** Dated snapshots of measured figures (see figures/), newest first. */
    measuredEvidence(assessmentId: string) {
      return db
        .select()
        .from(measuredEvidence)
        .where(eq(measuredEvidence.assessmentId, assessmentId))
        .orderBy(desc(measuredEvidence.computedAt));
    },

    goals(assessmentId: string) {
      return db
        .select()
        .from(developmentGoal)
        .where(eq(developmentGoal.assessmentId, assessmentId))
        .orderBy(asc(developmentGoal.createdAt));
    },

    async goal(assessmentId: string, goalId: string): Promise<GoalRow | undefined> {
      const [row] = await db
        .select()
        .from(developmentGoal)
        .where(and(eq(developmentGoal.assessmentId, assessmentId), eq(developmentGoal.id, goalId)));
      return row;
    },

    /** Goals of an assessment the certifier confirmed as reached: they earn bonus points in the next round. */
    async confirmedReachedGoals(assessmentId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(developmentGoal)
        .where(
          and(
            eq(developmentGoal.assessmentId, assessmentId),
            eq(developmentGoal.status, 'reached'),
            isNotNull(developmentGoal.confirmedAt),
          ),
        );
      return row?.n ?? 0;
    },

    async insertGoal(values: typeof developmentGoal.$inferInsert): Promise<GoalRow> {
      const [row] = await db.insert(developmentGoal).values(values).returning();
      return row!;
    },

    async updateGoal(goalId: string, values: Partial<typeof developmentGoal.$inferInsert>): Promise<GoalRow> {
      const [row] = await db.update(developmentGoal).set(values).where(eq(developmentGoal.id, goalId)).returning();
      return row!;
    },

    bonusProjects(assessmentId: string) {
      return db.select().from(bonusProject).where(eq(bonusProject.assessmentId, assessmentId)).orderBy(asc(bonusProject.createdAt));
    },

    async bonusProject(assessmentId: string, projectId: string): Promise<BonusRow | undefined> {
      const [row] = await db
        .select()
        .from(bonusProject)
        .where(and(eq(bonusProject.assessmentId, assessmentId), eq(bonusProject.id, projectId)));
      return row;
    },

    async insertBonusProject(values: typeof bonusProject.$inferInsert): Promise<BonusRow> {
      const [row] = await db.insert(bonusProject).values(values).returning();
      return row!;
    },

    async updateBonusProject(projectId: string, values: Partial<typeof bonusProject.$inferInsert>): Promise<BonusRow> {
      const [row] = await db.update(bonusProject).set(values).where(eq(bonusProject.id, projectId)).returning();
      return row!;
    },
  };
}

export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
