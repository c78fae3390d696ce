import { randomBytes } from 'node:crypto';
import { type CaseEventKind, rebuildTimeline, type TimelineEvent } from '../../src/domain/cases/case-timeline.js';
import { calendarIndex } from '../../src/domain/deadlines/calendar-index.js';
import type { DeadlineUnit } from '../../src/domain/deadlines/due-date.js';
import type { Db } from '../../src/server/db/client.js';
import { serviceCase, servicePromise, workingCalendar } from '../../src/server/db/schema.js';

// Small factories for service promises: rows are inserted directly, but every due date,
// duration and status comes from the domain engine over a realistic event log, so the
// figures are measured against the same dates the case lifecycle would store.

type PromiseRow = typeof servicePromise.$inferSelect;
type CalendarRow = typeof workingCalendar.$inferSelect;

export async function createCalendar(
  db: Db,
  organizationId: string,
  values: { region?: string; version?: number; closureDays?: { date: string; reason: string }[] } = {},
) {
  const [row] = await db
    .insert(workingCalendar)
    .values({ organizationId, version: values.version ?? 1, region: values.region ?? 'DE-NW', closureDays: values.closureDays ?? [] })
    .returning();
  return row!;
}

export async function createPromise(
  db: Db,
  organizationId: string,
  values: {
    key: string;
    version?: number;
    number?: number | null;
    title?: string;
    area?: PromiseRow['area'];
    amount?: number | null;
    unit?: DeadlineUnit | null;
    allowedDeviationRate?: number;
    criterionRefs?: { schemeId: string; criterionId: string }[];
    retiredAt?: Date | null;
  },
) {
  const amount = values.amount === undefined ? 1 : values.amount;
  const [row] = await db
    .insert(servicePromise)
    .values({
      organizationId,
      key: values.key,
      version: values.version ?? 1,
      number: values.number ?? null,
      title: values.title ?? `Versprechen ${values.key}`,
      area: values.area ?? 'trade_registration',
      startEvent: 'Eingang',
      stopEvent: 'Erledigung',
      amount,
      unit: amount === null ? null : (values.unit ?? 'working_days'),
      ...(values.allowedDeviationRate !== undefined && { allowedDeviationRate: values.allowedDeviationRate }),
      criterionRefs: values.criterionRefs ?? [],
      retiredAt: values.retiredAt ?? null,
    })
    .returning();
  return row!;
}

/** A case as its log would read: received, optional pauses, then fulfilled or excluded on a date. */
export type CaseSpec = {
  receivedOn: string;
  fulfilledOn?: string;
  /** working days after receipt instead of a date (1 = the first working day after receipt) */
  fulfilledAfter?: number;
  pauses?: { from: string; to: string | null }[];
  excluded?: string; // the reason
  reference?: string;
  subject?: string;
  businessName?: string;
};

export function timelineOf(promise: PromiseRow, calendar: CalendarRow, spec: CaseSpec) {
  const index = calendarIndex(
    calendar.region,
    calendar.closureDays.map((d) => d.date),
  );
  const events: TimelineEvent[] = [{ kind: 'received', onDate: spec.receivedOn }];
  for (const p of spec.pauses ?? []) {
    events.push({ kind: 'paused', onDate: p.from });
    if (p.to) events.push({ kind: 'resumed', onDate: p.to });
  }
  const fulfilledOn =
    spec.fulfilledOn ?? (spec.fulfilledAfter !== undefined ? index.addWorkingDays(spec.receivedOn, spec.fulfilledAfter) : undefined);
  if (fulfilledOn) events.push({ kind: 'fulfilled', onDate: fulfilledOn });
  if (spec.excluded !== undefined)
    events.push({ kind: 'excluded' as CaseEventKind, onDate: fulfilledOn ?? spec.receivedOn, data: { reason: spec.excluded } });
  events.sort((a, b) => (a.onDate < b.onDate ? -1 : a.onDate > b.onDate ? 1 : 0));
  return rebuildTimeline(index, { amount: promise.amount, unit: promise.unit, warningFraction: promise.warningFraction }, events);
}

export async function createCases(db: Db, promise: PromiseRow, calendar: CalendarRow, specs: CaseSpec[]) {
  if (specs.length === 0) return [];
  const rows = specs.map((spec) => {
    const t = timelineOf(promise, calendar, spec);
    return {
      organizationId: promise.organizationId,
      promiseId: promise.id,
      calendarId: calendar.id,
      source: 'manual' as const,
      reference: spec.reference ?? `AZ-${randomBytes(3).toString('hex')}`,
      subject: spec.subject ?? promise.title,
      businessName: spec.businessName ?? null,
      receivedAt: new Date(`${t.receivedOn}T09:00:00+02:00`),
      receivedOn: t.receivedOn,
      dueOn: t.dueOn,
      warningOn: t.warningOn,
      status: t.status,
      fulfilledOn: t.fulfilledOn,
      fulfilledAt: t.fulfilledOn ? new Date(`${t.fulfilledOn}T15:00:00+02:00`) : null,
      durationWorkingDays: t.durationWorkingDays,
      exclusionReason: t.exclusionReason,
    };
  });
  return db.insert(serviceCase).values(rows).returning();
}
