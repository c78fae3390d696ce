import { aliasedTable, and, asc, eq, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CertificateState } from '../../domain/certificates/cycle.js';
import type { DbOrTx } from '../db/client.js';
import { appUser, certificate, certificateAudit, organization } from '../db/schema.js';

export type CertificateAuditRow = typeof certificateAudit.$inferSelect;

/** How many calendar days before an owed audit a certificate counts as "surveillance due". */
export const SURVEILLANCE_DUE_LEAD_DAYS = 90;

/**
 * The state of each certificate row in a query: the same rule as certificateState() in
 * src/domain/certificates/cycle.ts, in SQL, from the stored next audit date (the earliest due
 * date among the certificate's open audits), so lists, the overview and the public registry
 * all see a missed audit as a suspension the same day.
 */
export function certificateStateSql(today: string): SQL<CertificateState> {
  const nextDue = certificate.nextAuditDueOn;
  return sql<CertificateState>`case
    when ${certificate.status} = 'withdrawn' then 'withdrawn'
    when ${certificate.validUntil} < ${today}::date then 'expired'
    when ${certificate.status} in ('suspended', 'expired') then ${certificate.status}
    when ${nextDue} < ${today}::date then 'suspended'
    when ${nextDue} - ${SURVEILLANCE_DUE_LEAD_DAYS}::int <= ${today}::date then 'surveillance_due'
    else 'valid' end`;
}

const municipalityOrg = aliasedTable(organization, 'municipality_org');

export type OverviewFilter = {
  states?: CertificateState[] | undefined;
  dueBefore?: string | undefined;
  schemeId?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
};

export function createCertificateCycleRepository(db: DbOrTx) {
  return {
    async insertAudits(rows: (typeof certificateAudit.$inferInsert)[]) {
      if (rows.length === 0) return;
      await db.insert(certificateAudit).values(rows);
      await this.refreshNextDue(rows[0]!.certificateId);
    },

    /** Keeps certificate.next_audit_due_on equal to the earliest due date of its open audits. */
    async refreshNextDue(certificateId: string) {
      await db
        .update(certificate)
        .set({
          nextAuditDueOn: sql`(select min(a.due_on) from ${certificateAudit} a where a.certificate_id = ${certificateId} and a.completed_on is null)`,
        })
        .where(eq(certificate.id, certificateId));
    },

    audits(certificateId: string) {
      return db
        .select()
        .from(certificateAudit)
        .where(eq(certificateAudit.certificateId, certificateId))
        .orderBy(asc(certificateAudit.dueOn), asc(certificateAudit.sequence));
    },

    async audit(certificateId: string, auditId: string, opts: { forUpdate?: boolean } = {}): Promise<CertificateAuditRow | undefined> {
      const q = db
        .select()
        .from(certificateAudit)
        .where(and(eq(certificateAudit.certificateId, certificateId), eq(certificateAudit.id, auditId)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async auditOfAssessment(assessmentId: string): Promise<CertificateAuditRow | undefined> {
      const [row] = await db.select().from(certificateAudit).where(eq(certificateAudit.assessmentId, assessmentId)).for('update');
      return row;
    },

    async updateAudit(id: string, values: Partial<typeof certificateAudit.$inferInsert>) {
      const [row] = await db
        .update(certificateAudit)
        .set(values)
        .where(eq(certificateAudit.id, id))
        .returning({ certificateId: certificateAudit.certificateId });
      if (row && values.completedOn !== undefined) await this.refreshNextDue(row.certificateId);
    },

    /**
     * The certifier's (or municipality's) overview: every certificate with its state today and
     * the next audit it owes, earliest due first: sorted and filtered on the stored next due
     * date; the details of the next audit are fetched for the page's rows only.
     */
    async overview(scope: { side: 'certifier' | 'municipality'; organizationId: string }, today: string, f: OverviewFilter) {
      const state = certificateStateSql(today);
      const where = and(
        // one side at a time, so the (certifier, next due) index serves the sort
        scope.side === 'certifier'
          ? eq(certificate.certifierId, scope.organizationId)
          : eq(certificate.municipalityId, scope.organizationId),
        f.states?.length
          ? sql`${state} in (${sql.join(
              f.states.map((s) => sql`${s}`),
              sql`, `,
            )})`
          : undefined,
        f.dueBefore ? lte(certificate.nextAuditDueOn, f.dueBefore) : undefined,
        f.schemeId ? eq(certificate.schemeId, f.schemeId) : undefined,
        f.q ? or(ilike(municipalityOrg.name, `%${f.q}%`), ilike(certificate.number, `%${f.q}%`)) : undefined,
      );
      const rows = await db
        .select({
          id: certificate.id,
          number: certificate.number,
          schemeId: certificate.schemeId,
          catalogVersion: certificate.catalogVersion,
          municipalityId: certificate.municipalityId,
          municipalityName: municipalityOrg.name,
          validFrom: certificate.validFrom,
          validUntil: certificate.validUntil,
          level: certificate.level,
          state,
        })
        .from(certificate)
        .innerJoin(municipalityOrg, eq(municipalityOrg.id, certificate.municipalityId))
        .where(where)
        .orderBy(sql`${certificate.nextAuditDueOn} asc nulls last`, asc(certificate.number))
        .limit(f.limit)
        .offset(f.offset);
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(certificate)
        .innerJoin(municipalityOrg, eq(municipalityOrg.id, certificate.municipalityId))
        .where(where);
      const ids = rows.map((r) => r.id);
      const next = ids.length
        ? await db
            .selectDistinctOn([certificateAudit.certificateId], {
              certificateId: certificateAudit.certificateId,
              id: certificateAudit.id,
              kind: certificateAudit.kind,
              sequence: certificateAudit.sequence,
              dueOn: certificateAudit.dueOn,
              assessmentId: certificateAudit.assessmentId,
            })
            .from(certificateAudit)
            .where(and(inArray(certificateAudit.certificateId, ids), isNull(certificateAudit.completedOn)))
            .orderBy(certificateAudit.certificateId, asc(certificateAudit.dueOn))
        : [];
      const nextBy = new Map(next.map(({ certificateId, ...a }) => [certificateId, a]));
      return { items: rows.map((r) => ({ ...r, nextAudit: nextBy.get(r.id) ?? null })), total: count?.n ?? 0 };
    },

    /** Certificates whose stored status lags behind their state today (a missed audit, an expiry). */
    async statusChangesDue(today: string, limit: number) {
      const state = certificateStateSql(today);
      return db
        .select({
          id: certificate.id,
          certifierId: certificate.certifierId,
          municipalityId: certificate.municipalityId,
          number: certificate.number,
          status: certificate.status,
          state,
        })
        .from(certificate)
        .where(and(eq(certificate.status, 'valid'), sql`${state} in ('suspended', 'expired')`))
        .limit(limit);
    },

    /** Open audits whose reminder is due by the certifier's lead time, with whom to tell. */
    openAuditsWithoutReminder(dueBefore: string, limit: number) {
      return db
        .select({
          audit: certificateAudit,
          number: certificate.number,
          schemeId: certificate.schemeId,
          municipalityName: municipalityOrg.name,
          leadWorkingDays: sql<number>`(select o.reminder_lead_working_days from ${organization} o where o.id = ${certificate.certifierId})`,
          certifierState: sql<string | null>`(select o.state_code from ${organization} o where o.id = ${certificate.certifierId})`,
        })
        .from(certificateAudit)
        .innerJoin(certificate, eq(certificate.id, certificateAudit.certificateId))
        .innerJoin(municipalityOrg, eq(municipalityOrg.id, certificate.municipalityId))
        .where(
          and(
            isNull(certificateAudit.completedOn),
            isNull(certificateAudit.reminderSentOn),
            lte(certificateAudit.dueOn, dueBefore),
            inArray(certificate.status, ['valid']),
          ),
        )
        .orderBy(asc(certificateAudit.dueOn))
        .limit(limit);
    },

    async reminderLead(certifierId: string): Promise<number | undefined> {
      const [row] = await db
        .select({ lead: organization.reminderLeadWorkingDays })
        .from(organization)
        .where(and(eq(organization.id, certifierId), eq(organization.kind, 'certifier')));
      return row?.lead;
    },

    async setReminderLead(certifierId: string, lead: number) {
      await db
        .update(organization)
        .set({ reminderLeadWorkingDays: lead })
        .where(and(eq(organization.id, certifierId), eq(organization.kind, 'certifier')));
    },

    /** Who hears about an audit: the certifier's admins and auditors, the municipality's admins. */
    async recipients(certifierId: string, municipalityId: string): Promise<string[]> {
      const rows = await db
        .select({ email: appUser.email })
        .from(appUser)
        .where(
          and(
            eq(appUser.disabled, false),
            or(
              and(eq(appUser.organizationId, certifierId), inArray(appUser.role, ['certifier_admin', 'auditor'])),
              and(eq(appUser.organizationId, municipalityId), eq(appUser.role, 'municipality_admin')),
            ),
          ),
        );
      return [...new Set(rows.map((r) => r.email))];
    },
  };
}

export type CertificateCycleRepository = ReturnType<typeof createCertificateCycleRepository>;
