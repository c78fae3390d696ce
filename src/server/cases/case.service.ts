import { randomUUID } from 'node:crypto';
import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { caseState, CaseTransitionError, rebuildTimeline, type TimelineEvent } from '../../domain/cases/case-timeline.js';
import { type Actor, requireMunicipalityAdmin, requireMunicipalityStaff } from '../auth/actor.js';
import { type Calendar, type CalendarService, withIndex } from '../calendars/calendar.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import type { MailService } from '../mail/mail.service.js';
import { createPilotRepository } from '../pilots/pilot.repository.js';
import type { PromiseRow } from '../promises/promise.repository.js';
import type { PromiseService } from '../promises/promise.service.js';
import { type CaseListFilter, type CaseRow, createCaseRepository, type NewCase, type NewCaseEvent } from './case.repository.js';
import type { CaseDetail, CaseEventBody, CreateCaseBody } from './case.schemas.js';

type Deps = { db: Db; promises: PromiseService; calendars: CalendarService; mail: Pick<MailService, 'redactRelated'>; now: () => Date };

/** Everything a new case needs; imports, the callback form and staff all come through here. */
export type CaseInput = {
  source: CaseRow['source'];
  externalId: string | null;
  reference: string | null;
  subject: string;
  businessName: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  details: Record<string, string>;
  pilotId: string | null;
  receivedAt: Date;
  /** Later events already known (an import of a case that was fulfilled long ago). */
  history?: TimelineEvent[];
};

export type PreparedCase = { row: NewCase & { id: string }; events: TimelineEvent[] };

/**
 * Cases measured against promises. A case's state is rebuilt from its append-only event
 * log on every change (src/domain/cases/case-timeline.ts); due date, warning point and
 * duration are stored so figures and worklists are plain SQL.
 */
export function createCaseService({ db, promises, calendars, mail, now }: Deps) {
  const today = () => toBerlinDate(now());

  /** Timeline and row of a new case, or a CaseTransitionError / RangeError naming what is wrong with it. */
  function prepare(organizationId: string, promise: PromiseRow, calendar: Calendar, input: CaseInput): PreparedCase {
    const receivedOn = toBerlinDate(input.receivedAt);
    const events: TimelineEvent[] = [{ kind: 'received', onDate: receivedOn }, ...(input.history ?? [])];
    const t = rebuildTimeline(calendar.index, promise, events);
    const fulfilled = events.findLast((e) => e.kind === 'fulfilled');
    return {
      events,
      row: {
        id: randomUUID(),
        organizationId,
        promiseId: promise.id,
        calendarId: calendar.id,
        source: input.source,
        externalId: input.externalId,
        reference: input.reference ?? '',
        subject: input.subject,
        businessName: input.businessName,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        details: input.details,
        pilotId: input.pilotId,
        receivedAt: input.receivedAt,
        receivedOn,
        dueOn: t.dueOn,
        warningOn: t.warningOn,
        status: t.status,
        fulfilledOn: t.fulfilledOn,
        fulfilledAt: fulfilled ? new Date(`${fulfilled.onDate}T12:00:00Z`) : null,
        durationWorkingDays: t.durationWorkingDays,
        exclusionReason: t.exclusionReason,
      },
    };
  }

  /** Inserts prepared cases with their events; a case whose external id exists is skipped. Returns the ids created. */
  async function insertPrepared(
    tx: DbOrTx,
    organizationId: string,
    prepared: PreparedCase[],
    actorUserId: string | null,
  ): Promise<Set<string>> {
    const repo = createCaseRepository(tx);
    const unnumbered = prepared.filter((p) => !p.row.reference);
    if (unnumbered.length) {
      const year = Number(today().slice(0, 4));
      let next = await repo.nextReferenceNumber(organizationId, year);
      for (const p of unnumbered) p.row.reference = `SV-${year}-${String(next++).padStart(5, '0')}`;
    }
    const created = new Set((await repo.insertMany(prepared.map((p) => p.row))).map((r) => r.id));
    const events: NewCaseEvent[] = [];
    for (const p of prepared) {
      if (!created.has(p.row.id)) continue;
      for (const e of p.events) {
        const data =
          e.kind === 'received' ? { source: p.row.source, ...(p.row.externalId && { externalId: p.row.externalId }) } : (e.data ?? {});
        events.push({ caseId: p.row.id, organizationId, kind: e.kind, onDate: e.onDate, actorUserId, data });
      }
      if (p.row.pilotId)
        events.push({
          caseId: p.row.id,
          organizationId,
          kind: 'assigned',
          onDate: p.row.receivedOn,
          actorUserId,
          data: { pilotId: p.row.pilotId },
        });
    }
    await repo.insertEvents(events);
    return created;
  }

  async function checkPilot(tx: DbOrTx, organizationId: string, pilotId: string | null | undefined) {
    if (pilotId && !(await createPilotRepository(tx).find(organizationId, pilotId)))
      throw new ValidationError(`pilotId: pilot ${pilotId} is not a pilot of this administration`);
  }

  function checkReceivedAt(at: Date) {
    if (at.getTime() > now().getTime() + 5 * 60_000) throw new ValidationError('receivedAt: lies in the future');
  }

  async function load(tx: DbOrTx, actor: Actor, id: string, forUpdate = false): Promise<CaseRow> {
    const row = await createCaseRepository(tx).find(actor.organizationId, id, { forUpdate });
    if (!row) throw new NotFoundError(`Case ${id} not found`);
    return row;
  }

  return {
    prepare,
    insertPrepared,
    today,
    load,

    /** Staff (or a system through the API) record a business request. */
    async create(actor: Actor, body: CreateCaseBody): Promise<string> {
      requireMunicipalityStaff(actor);
      const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now();
      checkReceivedAt(receivedAt);
      return db.transaction(async (tx) => {
        const org = actor.organizationId;
        const promise = await promises.currentFor(tx, org, { id: body.promiseId, key: body.promiseKey }).catch(() => {
          throw new ValidationError(
            `${body.promiseId ? 'promiseId' : 'promiseKey'}: no current promise ${body.promiseId ?? body.promiseKey} in this administration`,
          );
        });
        await checkPilot(tx, org, body.pilotId);
        const calendar = await calendars.current(tx, org);
        const input: CaseInput = {
          source: body.externalId ? 'api' : 'manual',
          externalId: body.externalId ?? null,
          reference: body.reference ?? null,
          subject: body.subject,
          businessName: body.businessName ?? null,
          contactName: body.contactName ?? null,
          contactEmail: body.contactEmail ?? null,
          contactPhone: body.contactPhone ?? null,
          details: body.details ?? {},
          pilotId: body.pilotId ?? null,
          receivedAt,
        };
        const prepared = prepareOrFail(() => prepare(org, promise, calendar, input));
        const created = await insertPrepared(tx, org, [prepared], actor.userId);
        if (!created.has(prepared.row.id))
          throw new ConflictError(`externalId: a case with the external id "${body.externalId}" exists already`);
        return prepared.row.id;
      });
    },

    /** Adds one event to the log and rebuilds the case from the whole log. */
    async addEvent(actor: Actor, id: string, body: CaseEventBody): Promise<void> {
      requireMunicipalityStaff(actor);
      await db.transaction(async (tx) => {
        const repo = createCaseRepository(tx);
        const row = await load(tx, actor, id, true);
        if (body.kind === 'assigned') {
          await checkPilot(tx, actor.organizationId, body.pilotId);
          await repo.update(id, { pilotId: body.pilotId }, now());
          await repo.insertEvents([
            {
              caseId: id,
              organizationId: row.organizationId,
              kind: 'assigned',
              onDate: today(),
              actorUserId: actor.userId,
              data: { pilotId: body.pilotId },
            },
          ]);
          return;
        }
        const onDate = body.onDate ?? today();
        if (onDate > today()) throw new ValidationError(`onDate: ${onDate} lies in the future`);
        const { kind, onDate: _, ...data } = body;
        const event: TimelineEvent = { kind, onDate, data };
        const [promise, calendar, log] = await Promise.all([
          promises.byId(tx, row.organizationId, row.promiseId),
          calendars.byId(tx, row.organizationId, row.calendarId),
          repo.events(id),
        ]);
        const t = prepareOrFail(() =>
          rebuildTimeline(calendar.index, promise, [...log.map((e) => ({ kind: e.kind, onDate: e.onDate, data: e.data })), event]),
        );
        // a deadline moved past today (a pause) makes the case eligible for a new warning
        const warningMoved = t.warningOn !== row.warningOn && (t.warningOn === null || t.warningOn > today());
        await repo.update(
          id,
          {
            status: t.status,
            dueOn: t.dueOn,
            warningOn: t.warningOn,
            fulfilledOn: t.fulfilledOn,
            fulfilledAt: t.status === 'fulfilled' ? (kind === 'fulfilled' ? now() : row.fulfilledAt) : null,
            durationWorkingDays: t.durationWorkingDays,
            exclusionReason: t.exclusionReason,
            warnedAt: warningMoved ? null : row.warnedAt,
          },
          now(),
        );
        await repo.insertEvents([{ caseId: id, organizationId: row.organizationId, kind, onDate, actorUserId: actor.userId, data }]);
      });
    },

    async list(
      actor: Actor,
      q: {
        states?: CaseListFilter['states'];
        promiseKey?: string | undefined;
        pilotId?: string | undefined;
        role?: CaseListFilter['role'];
        q?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      requireMunicipalityStaff(actor);
      return createCaseRepository(db).list(actor.organizationId, today(), { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    },

    /** What needs doing: cases at risk or overdue and open callbacks — a pilot's own plus everyone's unassigned ones. */
    async worklist(actor: Actor) {
      requireMunicipalityStaff(actor);
      const me = await createPilotRepository(db).findByUser(actor.userId);
      const repo = createCaseRepository(db);
      const open = async (filter: Partial<CaseListFilter>) =>
        (
          await repo.list(actor.organizationId, today(), {
            states: ['on_time', 'at_risk', 'overdue'],
            limit: 500,
            offset: 0,
            ...(me && { pilotOrUnassigned: me.id }),
            ...filter,
          })
        ).items;
      const [cases, callbacks] = await Promise.all([open({ states: ['at_risk', 'overdue'] }), open({ role: 'callback' })]);
      return { pilot: me ? { id: me.id, name: me.name } : null, cases, callbacks };
    },

    async detail(actor: Actor, id: string): Promise<CaseDetail> {
      requireMunicipalityStaff(actor);
      const repo = createCaseRepository(db);
      const found = await repo.detail(actor.organizationId, id);
      if (!found) throw new NotFoundError(`Case ${id} not found`);
      const { case: c, promise, calendar } = found;
      const events = await repo.events(id);
      const t = rebuildTimeline(
        withIndex(calendar).index,
        promise,
        events.map((e) => ({ kind: e.kind, onDate: e.onDate, data: e.data })),
      );
      const state = caseState(c, today());
      return {
        id: c.id,
        reference: c.reference,
        subject: c.subject,
        businessName: c.businessName,
        status: c.status,
        state,
        receivedOn: c.receivedOn,
        receivedAt: c.receivedAt,
        dueOn: c.dueOn,
        warningOn: c.warningOn,
        fulfilledOn: c.fulfilledOn,
        delayNoticeSentAt: c.delayNoticeSentAt,
        source: c.source,
        externalId: c.externalId,
        promiseId: promise.id,
        promiseKey: promise.key,
        promiseTitle: promise.title,
        promiseRole: promise.role,
        pilotId: c.pilotId,
        pilotName: found.pilotName,
        pilotEmail: found.pilotEmail,
        contactName: c.contactName,
        contactEmail: c.contactEmail,
        contactPhone: c.contactPhone,
        details: c.details,
        durationWorkingDays: c.durationWorkingDays,
        exclusionReason: c.exclusionReason,
        warnedAt: c.warnedAt,
        personalDataErasedAt: c.personalDataErasedAt,
        pauses: t.pauses,
        promise: {
          id: promise.id,
          key: promise.key,
          version: promise.version,
          title: promise.title,
          amount: promise.amount,
          unit: promise.unit,
          retired: promise.retiredAt !== null,
        },
        calendar: { id: calendar.id, version: calendar.version, region: calendar.region },
        events: events.map((e) => ({
          id: e.id,
          kind: e.kind,
          onDate: e.onDate,
          occurredAt: e.occurredAt,
          actorUserId: e.actorUserId,
          data: e.data,
        })),
        delayNoticeDue: (state === 'at_risk' || state === 'overdue') && c.delayNoticeSentAt === null,
      };
    },

    /** GDPR: the business's personal data goes; dates, promise and outcome stay for the figures. */
    async erasePersonalData(actor: Actor, id: string) {
      requireMunicipalityAdmin(actor);
      await db.transaction(async (tx) => {
        const row = await load(tx, actor, id, true);
        if (row.personalDataErasedAt) throw new ConflictError(`The personal data of case ${row.reference} was already erased`);
        const repo = createCaseRepository(tx);
        await repo.update(
          id,
          {
            businessName: null,
            contactName: null,
            contactEmail: null,
            contactPhone: null,
            subject: '',
            details: {},
            personalDataErasedAt: now(),
          },
          now(),
        );
        await repo.insertEvents([
          {
            caseId: id,
            organizationId: row.organizationId,
            kind: 'personal_data_erased',
            onDate: today(),
            actorUserId: actor.userId,
            data: {},
          },
        ]);
        await mail.redactRelated(tx, { type: 'service_case', id });
      });
    },
  };
}

/** Domain refusals become answers: an impossible step 409, a date outside the calendar 400. */
function prepareOrFail<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CaseTransitionError) throw new ConflictError(err.message);
    if (err instanceof RangeError) throw new ValidationError(err.message);
    throw err;
  }
}

export type CaseService = ReturnType<typeof createCaseService>;
