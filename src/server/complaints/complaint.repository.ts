import { and, asc, count, desc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import {
  appUser,
  complaint,
  complaintEvent,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  organization,
  serviceCase,
  servicePromise,
} from '../db/schema.js';

export type ComplaintRow = typeof complaint.$inferSelect;
export type NewComplaint = typeof complaint.$inferInsert;
export type ComplaintEventInput = Omit<typeof complaintEvent.$inferInsert, 'id'>;
export type ListFilter = {
  status?: ComplaintRow['status'] | undefined;
  type?: ComplaintRow['type'] | undefined;
  overdueOn?: string | undefined;
  promiseId?: string | undefined;
};

/** The Europe/Berlin calendar date of a stored instant, in SQL. */
const berlinDate = (instant: SQL | typeof complaint.receivedAt) => sql`(${instant} at time zone 'Europe/Berlin')::date`;
/** The first instant of a Europe/Berlin calendar date. */
const berlinMidnight = (isoDate: string) => sql`(${isoDate}::date::timestamp at time zone 'Europe/Berlin')`;

const withNames = {
  complaint,
  assigneeName: appUser.displayName,
  promiseTitle: servicePromise.title,
  caseReference: serviceCase.reference,
};

export function createComplaintRepository(db: DbOrTx) {
  const base = () =>
    db
      .select(withNames)
      .from(complaint)
      .leftJoin(appUser, eq(appUser.id, complaint.assigneeUserId))
      .leftJoin(servicePromise, eq(servicePromise.id, complaint.promiseId))
      .leftJoin(serviceCase, eq(serviceCase.id, complaint.caseId));

  const filterOf = (organizationId: string, f: ListFilter) =>
    and(
      eq(complaint.organizationId, organizationId),
      f.status ? eq(complaint.status, f.status) : undefined,
      f.type ? eq(complaint.type, f.type) : undefined,
      f.promiseId ? eq(complaint.promiseId, f.promiseId) : undefined,
      f.overdueOn ? and(eq(complaint.status, 'received'), lt(complaint.acknowledgementDueOn, f.overdueOn)) : undefined,
    );

  return {
    /** An administration (municipality or district) by id, with the Land its holidays follow. */
    async administration(id: string) {
      const [row] = await db
        .select({ id: organization.id, name: organization.name, stateCode: organization.stateCode })
        .from(organization)
        .where(and(eq(organization.id, id), inArray(organization.kind, ['municipality', 'district'])));
      return row;
    },

    /**
     * The next serial number of an administration in a year. A transaction-scoped advisory lock
     * per administration makes concurrent receipts wait their turn instead of taking the same
     * number; the unique index complaint_number_uq stays as the last guard.
     */
    async nextNumber(organizationId: string, year: string): Promise<number> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`complaint-number:${organizationId}`}, 0))`);
      const prefix = `B-${year}-`;
      const [row] = await db
        .select({ last: sql<number | null>`max(split_part(${complaint.number}, '-', 3)::int)` })
        .from(complaint)
        .where(and(eq(complaint.organizationId, organizationId), sql`${complaint.number} like ${`${prefix}%`}`));
      return (row?.last ?? 0) + 1;
    },

    async insert(values: NewComplaint): Promise<ComplaintRow> {
      const [row] = await db.insert(complaint).values(values).returning();
      return row!;
    },

    async find(organizationId: string, id: string, opts: { forUpdate?: boolean } = {}) {
      if (opts.forUpdate) {
        await db
          .select({ id: complaint.id })
          .from(complaint)
          .where(and(eq(complaint.organizationId, organizationId), eq(complaint.id, id)))
          .for('update');
      }
      const [row] = await base().where(and(eq(complaint.organizationId, organizationId), eq(complaint.id, id)));
      return row;
    },

    async list(organizationId: string, filter: ListFilter, page: { limit: number; offset: number }) {
      const where = filterOf(organizationId, filter);
      const [items, [total]] = await Promise.all([
        base().where(where).orderBy(desc(complaint.receivedAt), desc(complaint.number)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(complaint).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    async update(organizationId: string, id: string, values: Partial<NewComplaint>): Promise<ComplaintRow> {
      const [row] = await db
        .update(complaint)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(eq(complaint.organizationId, organizationId), eq(complaint.id, id)))
        .returning();
      return row!;
    },

    async appendEvent(event: ComplaintEventInput) {
      await db.insert(complaintEvent).values(event);
    },

    events(organizationId: string, complaintId: string) {
      return db
        .select({
          step: complaintEvent.step,
          occurredAt: complaintEvent.occurredAt,
          data: complaintEvent.data,
          actorId: appUser.id,
          actorName: appUser.displayName,
        })
        .from(complaintEvent)
        .leftJoin(appUser, eq(appUser.id, complaintEvent.actorUserId))
        .where(and(eq(complaintEvent.organizationId, organizationId), eq(complaintEvent.complaintId, complaintId)))
        .orderBy(asc(complaintEvent.id));
    },

    async promiseOf(organizationId: string, promiseId: string) {
      const [row] = await db
        .select({ id: servicePromise.id, published: servicePromise.published, retiredAt: servicePromise.retiredAt })
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), eq(servicePromise.id, promiseId)));
      return row;
    },

    async caseOf(organizationId: string, caseId: string) {
      const [row] = await db
        .select({ id: serviceCase.id, promiseId: serviceCase.promiseId })
        .from(serviceCase)
        .where(and(eq(serviceCase.organizationId, organizationId), eq(serviceCase.id, caseId)));
      return row;
    },

    /** Staff who may be assigned a complaint: active admins and members of the administration. */
    assignees(organizationId: string) {
      return db
        .select({ id: appUser.id, displayName: appUser.displayName })
        .from(appUser)
        .where(
          and(
            eq(appUser.organizationId, organizationId),
            inArray(appUser.role, ['municipality_admin', 'municipality_member']),
            eq(appUser.disabled, false),
          ),
        )
        .orderBy(asc(appUser.displayName));
    },

    /** The current, published promises, for linking a complaint to the one it is about. */
    currentPromises(organizationId: string) {
      return db
        .select({ id: servicePromise.id, number: servicePromise.number, title: servicePromise.title })
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), isNull(servicePromise.retiredAt), eq(servicePromise.published, true)))
        .orderBy(asc(servicePromise.number), asc(servicePromise.title));
    },

    /** Figures of the complaints received from `from` to `to` (Berlin dates): one pass of SQL aggregates. */
    async stats(organizationId: string, from: string, to: string, today: string) {
      const inRange = and(
        eq(complaint.organizationId, organizationId),
        sql`${complaint.receivedAt} >= ${berlinMidnight(from)}`,
        sql`${complaint.receivedAt} < ${berlinMidnight(to)} + interval '1 day'`,
      );
      const n = (cond: SQL | undefined) => sql<number>`(count(*) filter (where ${cond}))::int`;
      const per = <T extends string>(
        values: readonly T[],
        column: typeof complaint.type | typeof complaint.status | typeof complaint.severity,
        key: string,
      ) => Object.fromEntries(values.map((v) => [`${key}:${v}`, n(sql`${column} = ${v}`)])) as Record<string, SQL<number>>;
      const [totals] = await db
        .select({
          total: sql<number>`count(*)::int`,
          ...per(COMPLAINT_TYPES, complaint.type, 'type'),
          ...per(COMPLAINT_STATUSES, complaint.status, 'status'),
          ...per(COMPLAINT_SEVERITIES, complaint.severity, 'severity'),
          'severity:unassessed': n(isNull(complaint.severity)),
          ackDecided: n(sql`${complaint.acknowledgedAt} is not null or ${complaint.acknowledgementDueOn} < ${today}::date`),
          ackInTime: n(
            sql`${complaint.acknowledgedAt} is not null and ${berlinDate(sql`${complaint.acknowledgedAt}`)} <= ${complaint.acknowledgementDueOn}`,
          ),
          medianDays: sql<
            number | null
          >`round((percentile_cont(0.5) within group (order by extract(epoch from ${complaint.respondedAt} - ${complaint.receivedAt}) / 86400) filter (where ${complaint.respondedAt} is not null))::numeric, 1)::float8`,
          satisfactionAnswers: sql<number>`count(${complaint.satisfaction})::int`,
          satisfactionAverage: sql<number | null>`round(avg(${complaint.satisfaction}), 2)::float8`,
        })
        .from(complaint)
        .where(inRange);
      const rootCauses = await db
        .select({ rootCause: sql<string>`${complaint.rootCause}`, count: sql<number>`count(*)::int` })
        .from(complaint)
        .where(and(inRange, sql`${complaint.rootCause} is not null`))
        .groupBy(complaint.rootCause)
        .orderBy(desc(sql`count(*)`), asc(complaint.rootCause));
      return { totals: totals as Record<string, number | null>, rootCauses };
    },
  };
}

export type ComplaintRepository = ReturnType<typeof createComplaintRepository>;
