import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, assessment, auditPlanItem, certificate, correctiveAction, finding } from '../db/schema.js';

export type FindingRow = typeof finding.$inferSelect;
export type ActionRow = typeof correctiveAction.$inferSelect;
export type PlanItemRow = typeof auditPlanItem.$inferSelect;

/** Tenant scope: the certifier or the municipality a finding belongs to. Nothing else exists for anyone. */
export type Scope = { organizationId: string };

// A carried-over finding points at the one it came from; chains are one link per audit, so a
// handful at most. They are walked link by link rather than with a recursive CTE.
const MAX_CHAIN = 50;

export function createFindingRepository(db: DbOrTx) {
  return {
    async find(scope: Scope, id: string, opts: { forUpdate?: boolean } = {}): Promise<FindingRow | undefined> {
      const q = db
        .select()
        .from(finding)
        .where(and(eq(finding.id, id), or(eq(finding.certifierId, scope.organizationId), eq(finding.municipalityId, scope.organizationId))))
        .limit(1);
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** By id, for a finding already reached through a tenant-checked row (an action's finding). */
    async get(id: string): Promise<FindingRow> {
      const [row] = await db.select().from(finding).where(eq(finding.id, id));
      if (!row) throw new Error(`finding ${id} vanished`);
      return row;
    },

    listByAssessment(assessmentId: string) {
      return db
        .select({ finding, closedByName: appUser.displayName })
        .from(finding)
        .leftJoin(appUser, eq(appUser.id, finding.closedBy))
        .where(eq(finding.assessmentId, assessmentId))
        .orderBy(asc(finding.createdAt), asc(finding.id));
    },

    async insert(values: typeof finding.$inferInsert): Promise<FindingRow> {
      const [row] = await db.insert(finding).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<typeof finding.$inferInsert>): Promise<FindingRow> {
      const [row] = await db
        .update(finding)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(finding.id, id))
        .returning();
      return row!;
    },

    /** For each finding id, the ids it was carried over from (nearest first). */
    async ancestors(findingIds: string[]): Promise<Map<string, string[]>> {
      const parentOf = new Map<string, string | null>();
      let frontier = [...new Set(findingIds)];
      for (let depth = 0; frontier.length > 0 && depth < MAX_CHAIN; depth++) {
        const rows = await db
          .select({ id: finding.id, carriedFromId: finding.carriedFromId })
          .from(finding)
          .where(inArray(finding.id, frontier));
        for (const r of rows) parentOf.set(r.id, r.carriedFromId);
        frontier = rows.map((r) => r.carriedFromId).filter((p): p is string => p !== null && !parentOf.has(p));
      }
      const chains = new Map<string, string[]>();
      for (const id of findingIds) {
        const chain: string[] = [];
        for (let p = parentOf.get(id) ?? null; p !== null && chain.length < MAX_CHAIN; p = parentOf.get(p) ?? null) chain.push(p);
        chains.set(id, chain);
      }
      return chains;
    },

    /** The newest finding a chain of carry-overs has reached from this one (itself if not carried on). */
    async latestInChain(row: FindingRow): Promise<FindingRow> {
      let current = row;
      for (let depth = 0; depth < MAX_CHAIN; depth++) {
        const [next] = await db
          .select()
          .from(finding)
          .where(eq(finding.carriedFromId, current.id))
          .orderBy(desc(finding.createdAt))
          .limit(1);
        if (!next) break;
        current = next;
      }
      return current;
    },

    actionsOf(findingIds: string[]): Promise<ActionRow[]> {
      if (findingIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(correctiveAction)
        .where(inArray(correctiveAction.findingId, findingIds))
        .orderBy(asc(correctiveAction.createdAt), asc(correctiveAction.id));
    },

    async findAction(scope: Scope, id: string, opts: { forUpdate?: boolean } = {}): Promise<ActionRow | undefined> {
      const q = db
        .select()
        .from(correctiveAction)
        .where(
          and(
            eq(correctiveAction.id, id),
            or(eq(correctiveAction.certifierId, scope.organizationId), eq(correctiveAction.municipalityId, scope.organizationId)),
          ),
        )
        .limit(1);
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async insertAction(values: typeof correctiveAction.$inferInsert): Promise<ActionRow> {
      const [row] = await db.insert(correctiveAction).values(values).returning();
      return row!;
    },

    async updateAction(id: string, values: Partial<typeof correctiveAction.$inferInsert>): Promise<ActionRow> {
      const [row] = await db
        .update(correctiveAction)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(correctiveAction.id, id))
        .returning();
      return row!;
    },

    /** The criteria with an open major nonconformity (uses the partial index finding_open_major_idx). */
    async openMajorCriteria(assessmentId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ criterionId: finding.criterionId })
        .from(finding)
        .where(and(eq(finding.assessmentId, assessmentId), eq(finding.status, 'open'), eq(finding.grade, 'major')))
        .orderBy(asc(finding.criterionId));
      return rows.map((r) => r.criterionId);
    },

    /**
     * The audit now running for the certificate a finding's assessment belongs to (a surveillance
     * or recertification audit of the certificate it was issued or audited for), if any.
     */
    async runningFollowUpAudit(findingAssessment: { id: string; certificateId: string | null }): Promise<string | null> {
      const issued = db.select({ id: certificate.id }).from(certificate).where(eq(certificate.assessmentId, findingAssessment.id));
      const [row] = await db
        .select({ id: assessment.id })
        .from(assessment)
        .where(
          and(
            inArray(assessment.status, ['applied', 'documentation', 'meeting_held']),
            findingAssessment.certificateId
              ? or(eq(assessment.certificateId, findingAssessment.certificateId), inArray(assessment.certificateId, issued))
              : inArray(assessment.certificateId, issued),
          ),
        )
        .orderBy(desc(assessment.appliedAt))
        .limit(1);
      return row?.id ?? null;
    },

    /** The audit plan (built by the audit-plan feature), read here for the audit report. */
    planItems(assessmentId: string): Promise<PlanItemRow[]> {
      return db
        .select()
        .from(auditPlanItem)
        .where(eq(auditPlanItem.assessmentId, assessmentId))
        .orderBy(asc(auditPlanItem.startsAt), asc(auditPlanItem.department));
    },

    /** The assessment a finding belongs to, with the fields the effectiveness check needs. */
    async assessmentOf(assessmentId: string) {
      const [row] = await db
        .select({ id: assessment.id, status: assessment.status, certificateId: assessment.certificateId })
        .from(assessment)
        .where(eq(assessment.id, assessmentId));
      return row;
    },
  };
}

export type FindingRepository = ReturnType<typeof createFindingRepository>;
