import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, assessment, auditPlanItem, organization } from '../db/schema.js';

export type PlanItemRow = typeof auditPlanItem.$inferSelect;

export function createAuditPlanRepository(db: DbOrTx) {
  return {
    /** The plan in time order; within a slot's start, by department. */
    list(assessmentId: string) {
      return db
        .select()
        .from(auditPlanItem)
        .where(eq(auditPlanItem.assessmentId, assessmentId))
        .orderBy(asc(auditPlanItem.startsAt), asc(auditPlanItem.department));
    },

    /** A slot, if the organisation is its certifier or municipality. */
    async find(organizationId: string, id: string): Promise<PlanItemRow | undefined> {
      const [row] = await db
        .select()
        .from(auditPlanItem)
        .where(
          and(
            eq(auditPlanItem.id, id),
            or(eq(auditPlanItem.certifierId, organizationId), eq(auditPlanItem.municipalityId, organizationId)),
          ),
        )
        .limit(1);
      return row;
    },

    async insert(values: typeof auditPlanItem.$inferInsert): Promise<PlanItemRow> {
      const [row] = await db.insert(auditPlanItem).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<typeof auditPlanItem.$inferInsert>): Promise<PlanItemRow> {
      const [row] = await db.update(auditPlanItem).set(values).where(eq(auditPlanItem.id, id)).returning();
      return row!;
    },

    async remove(id: string): Promise<void> {
      await db.delete(auditPlanItem).where(eq(auditPlanItem.id, id));
    },

    /** The certifier's active staff, who may be named as auditors. */
    auditors(certifierId: string) {
      return db
        .select({ id: appUser.id, name: appUser.displayName })
        .from(appUser)
        .where(
          and(eq(appUser.organizationId, certifierId), inArray(appUser.role, ['certifier_admin', 'auditor']), eq(appUser.disabled, false)),
        )
        .orderBy(asc(appUser.displayName));
    },

    async names(row: { certifierId: string; municipalityId: string }): Promise<{ certifier: string; municipality: string }> {
      const orgs = await db
        .select({ id: organization.id, name: organization.name })
        .from(organization)
        .where(inArray(organization.id, [row.certifierId, row.municipalityId]));
      const name = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';
      return { certifier: name(row.certifierId), municipality: name(row.municipalityId) };
    },

    async markSent(assessmentId: string, at: Date): Promise<void> {
      await db.update(assessment).set({ auditPlanSentAt: at }).where(eq(assessment.id, assessmentId));
    },
  };
}
