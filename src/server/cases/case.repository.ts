import { and, asc, desc, eq, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CaseState } from '../../domain/cases/case-timeline.js';
import type { DbOrTx } from '../db/client.js';
import { caseEvent, pilot, serviceCase, servicePromise, workingCalendar } from '../db/schema.js';

export type CaseRow = typeof serviceCase.$inferSelect;
export type NewCase = Omit<typeof serviceCase.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type CaseEventRow = typeof caseEvent.$inferSelect;
export type NewCaseEvent = Omit<typeof caseEvent.$inferInsert, 'id' | 'occurredAt'> & { occurredAt?: Date };

/** The same rule as caseState() in src/domain/cases, in SQL: lists filter and sort by it. */
export function caseStateSql(today: string): SQL<CaseState> {
  return sql<CaseState>`case
    when ${serviceCase.status} = 'excluded' then 'excluded'
    when ${serviceCase.status} = 'fulfilled' then case when ${serviceCase.dueOn} is null or ${serviceCase.fulfilledOn} <= ${serviceCase.dueOn} then 'met' else 'missed' end
    when ${serviceCase.status} = 'paused' then 'paused'
    when ${serviceCase.dueOn} is null then 'no_deadline'
    when ${today}::date > ${serviceCase.dueOn} then 'overdue'
    when ${serviceCase.warningOn} is not null and ${today}::date >= ${serviceCase.warningOn} then 'at_risk'
    else 'on_time' end`;
}

/** A where-clause per state, so a filter can use the indexes instead of computing every row's state. */
function stateFilter(state: CaseState, today: string): SQL | undefined {
  const c = serviceCase;
  switch (state) {
    case 'excluded':
      return eq(c.status, 'excluded');
    case 'paused':
      return eq(c.status, 'paused');
    case 'met':
      return and(eq(c.status, 'fulfilled'), or(isNull(c.dueOn), sql`${c.fulfilledOn} <= ${c.dueOn}`));
    case 'missed':
      return and(eq(c.status, 'fulfilled'), sql`${c.fulfilledOn} > ${c.dueOn}`);
    case 'no_deadline':
      return and(eq(c.status, 'open'), isNull(c.dueOn));
    case 'overdue':
      return and(eq(c.status, 'open'), sql`${c.dueOn} < ${today}::date`);
    case 'at_risk':
      return and(eq(c.status, 'open'), sql`${c.dueOn} >= ${today}::date`, lte(c.warningOn, today));
    case 'on_time':
      return and(eq(c.status, 'open'), sql`${c.dueOn} >= ${today}::date`, or(isNull(c.warningOn), sql`${c.warningOn} > ${today}::date`));
  }
}

export type CaseListFilter = {
  states?: CaseState[] | undefined;
  promiseKey?: string | undefined;
  pilotId?: string | undefined;
  /** The pilot's own cases and everyone's unassigned ones (a pilot's worklist). */
  pilotOrUnassigned?: string | undefined;
  role?: 'callback' | 'delay_notice' | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
};

const listColumns = (today: string) => ({
  id: serviceCase.id,
  reference: serviceCase.reference,
  subject: serviceCase.subject,
  businessName: serviceCase.businessName,
  status: serviceCase.status,
  state: caseStateSql(today),
  receivedOn: serviceCase.receivedOn,
  dueOn: serviceCase.dueOn,
  warningOn: serviceCase.warningOn,
  fulfilledOn: serviceCase.fulfilledOn,
  delayNoticeSentAt: serviceCase.delayNoticeSentAt,
  source: serviceCase.source,
  promiseId: serviceCase.promiseId,
  promiseKey: servicePromise.key,
  promiseTitle: servicePromise.title,
  promiseRole: servicePromise.role,
  pilotId: serviceCase.pilotId,
  pilotName: pilot.name,
});

export function createCaseRepository(db: DbOrTx) {
  return {
    /** Inserts cases; a case whose external id is already there is skipped (idempotent re-imports). */
    async insertMany(rows: NewCase[]): Promise<{ id: string; externalId: string | null }[]> {
      if (rows.length === 0) return [];
      return db
        .insert(serviceCase)
        .values(rows)
        .onConflictDoNothing({
          target: [serviceCase.organizationId, serviceCase.source, serviceCase.externalId],
          where: sql`external_id is not null`,
        })
        .returning({ id: serviceCase.id, externalId: serviceCase.externalId });
    },

    async insertEvents(rows: NewCaseEvent[]) {
      if (rows.length) await db.insert(caseEvent).values(rows);
    },

    events(caseId: string) {
      return db.select().from(caseEvent).where(eq(caseEvent.caseId, caseId)).orderBy(asc(caseEvent.id));
    },

    async find(organizationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
      const q = db
        .select()
        .from(serviceCase)
        .where(and(eq(serviceCase.organizationId, organizationId), eq(serviceCase.id, id)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async update(id: string, fields: Partial<NewCase>, at: Date) {
      await db
        .update(serviceCase)
        .set({ ...fields, updatedAt: at })
        .where(eq(serviceCase.id, id));
    },

    /** The case with what its detail view names: promise version, calendar version, pilot. */
    async detail(organizationId: string, id: string) {
      const [row] = await db
        .select({ case: serviceCase, promise: servicePromise, calendar: workingCalendar, pilotName: pilot.name, pilotEmail: pilot.email })
        .from(serviceCase)
        .innerJoin(servicePromise, eq(servicePromise.id, serviceCase.promiseId))
        .innerJoin(workingCalendar, eq(workingCalendar.id, serviceCase.calendarId))
        .leftJoin(pilot, eq(pilot.id, serviceCase.pilotId))
        .where(and(eq(serviceCase.organizationId, organizationId), eq(serviceCase.id, id)));
      return row;
    },

    async list(organizationId: string, today: string, f: CaseListFilter) {
      const where = and(
        eq(serviceCase.organizationId, organizationId),
        f.states?.length ? or(...f.states.map((s) => stateFilter(s, today))) : undefined,
        f.promiseKey ? eq(servicePromise.key, f.promiseKey) : undefined,
        f.pilotId ? eq(serviceCase.pilotId, f.pilotId) : undefined,
        f.pilotOrUnassigned ? or(eq(serviceCase.pilotId, f.pilotOrUnassigned), isNull(serviceCase.pilotId)) : undefined,
        f.role ? eq(servicePromise.role, f.role) : undefined,
        f.q
          ? or(
              ilike(serviceCase.reference, `%${f.q}%`),
              ilike(serviceCase.subject, `%${f.q}%`),
              ilike(serviceCase.businessName, `%${f.q}%`),
            )
          : undefined,
      );
      const [items, [total]] = await Promise.all([
        db
          .select(listColumns(today))
          .from(serviceCase)
          .innerJoin(servicePromise, eq(servicePromise.id, serviceCase.promiseId))
          .leftJoin(pilot, eq(pilot.id, serviceCase.pilotId))
          .where(where)
          // most urgent first: open cases by due date, then the rest by receipt
          .orderBy(
            sql`case when ${serviceCase.status} in ('open', 'paused') then 0 else 1 end`,
            asc(serviceCase.dueOn),
            desc(serviceCase.receivedAt),
          )
          .limit(f.limit)
          .offset(f.offset),
        db
          .select({ count: sql<number>`count(*)::int` })
          .from(serviceCase)
          .innerJoin(servicePromise, eq(servicePromise.id, serviceCase.promiseId))
          .where(where),
      ]);
      return { items, total: total?.count ?? 0 };
    },

    /** Open cases that reached their warning point and were not warned yet, across administrations. */
    dueForWarning(today: string, limit: number) {
      return db
        .select({ id: serviceCase.id, organizationId: serviceCase.organizationId })
        .from(serviceCase)
        .where(and(eq(serviceCase.status, 'open'), isNull(serviceCase.warnedAt), lte(serviceCase.warningOn, today)))
        .orderBy(asc(serviceCase.warningOn))
        .limit(limit);
    },

    /** The next running number of the administration's "SV-<year>-<n>" references, safe under concurrency. */
    async nextReferenceNumber(organizationId: string, year: number): Promise<number> {
      // the lock serialises numbering per administration until the transaction ends
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-reference:${organizationId}`}))`);
      const [row] = await db
        .select({ n: sql<number | null>`max(substring(${serviceCase.reference} from ${`^SV-${year}-(\\d{1,9})$`})::int)` })
        .from(serviceCase)
        .where(and(eq(serviceCase.organizationId, organizationId), sql`${serviceCase.reference} like ${`SV-${year}-%`}`));
      return (row?.n ?? 0) + 1;
    },

    async existingExternalIds(organizationId: string, source: CaseRow['source'], externalIds: string[]): Promise<Set<string>> {
      if (externalIds.length === 0) return new Set();
      const rows = await db
        .select({ externalId: serviceCase.externalId })
        .from(serviceCase)
        .where(
          and(eq(serviceCase.organizationId, organizationId), eq(serviceCase.source, source), inArray(serviceCase.externalId, externalIds)),
        );
      return new Set(rows.map((r) => r.externalId!));
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
