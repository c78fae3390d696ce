import { addDays } from '../calendar/berlin-date.js';
import type { CalendarIndex, DeadlineUnit } from '../deadlines/calendar-index.js';
import { dueDate, type Pause, warningDate } from '../deadlines/due-date.js';

// A case's state is never kept as drifting counters: it is rebuilt from the append-only
// event log every time an event is added, so pauses, due date, warning point and duration
// always agree with the log and can be reproduced for an audit.

export type CaseEventKind =
  | 'received'
  | 'assigned'
  | 'paused'
  | 'resumed'
  | 'fulfilled'
  | 'reopened'
  | 'excluded'
  | 'included'
  | 'warning_raised'
  | 'delay_notice_sent'
  | 'personal_data_erased';

export type TimelineEvent = { kind: CaseEventKind; onDate: string; data?: Record<string, unknown> };

/** The deadline part of a promise version; amount and unit are null for a promise without a deadline. */
export type TimelinePromise = { amount: number | null; unit: DeadlineUnit | null; warningFraction: number };

export type CaseStatus = 'open' | 'paused' | 'fulfilled' | 'excluded';

export type CaseTimeline = {
  status: CaseStatus;
  receivedOn: string;
  pauses: Pause[];
  dueOn: string | null;
  warningOn: string | null;
  fulfilledOn: string | null;
  /** Working days in (received, fulfilled], paused working days not counted. */
  durationWorkingDays: number | null;
  exclusionReason: string | null;
};

/** An event that does not fit the case's state: the message names what is wrong. */
export class CaseTransitionError extends Error {}

/** Rebuilds the timeline from the whole log (oldest first); throws CaseTransitionError on an impossible sequence. */
export function rebuildTimeline(index: CalendarIndex, promise: TimelinePromise, events: readonly TimelineEvent[]): CaseTimeline {
  const [first, ...rest] = events;
  if (!first || first.kind !== 'received') throw new CaseTransitionError('the first event of a case must be "received"');
  let t: Mutable = {
    status: 'open',
    receivedOn: first.onDate,
    pauses: [],
    fulfilledOn: null,
    exclusionReason: null,
    statusBeforeExclusion: 'open',
  };
  for (const event of rest) t = apply(t, event);
  return finish(index, promise, t);
}

type Mutable = Omit<CaseTimeline, 'dueOn' | 'warningOn' | 'durationWorkingDays'> & { statusBeforeExclusion: CaseStatus };

function apply(t: Mutable, e: TimelineEvent): Mutable {
  if (e.onDate < t.receivedOn) throw new CaseTransitionError(`${e.kind} on ${e.onDate} lies before the receipt on ${t.receivedOn}`);
  const open = t.pauses.at(-1)?.to === null ? t.pauses.at(-1)! : null;
  switch (e.kind) {
    case 'received':
      throw new CaseTransitionError('a case is received only once');
    case 'paused':
      if (t.status !== 'open') throw new CaseTransitionError(`only an open case can be paused (it is ${t.status})`);
      if (t.pauses.some((p) => p.to !== null && p.to >= e.onDate))
        throw new CaseTransitionError(`a pause from ${e.onDate} overlaps an earlier pause`);
      return { ...t, status: 'paused', pauses: [...t.pauses, { from: e.onDate, to: null }] };
    case 'resumed':
      if (t.status !== 'paused' || !open) throw new CaseTransitionError(`only a paused case can be resumed (it is ${t.status})`);
      if (e.onDate < open.from) throw new CaseTransitionError(`the pause began on ${open.from}; it cannot end on ${e.onDate}`);
      return { ...t, status: 'open', pauses: [...t.pauses.slice(0, -1), { from: open.from, to: e.onDate }] };
    case 'fulfilled': {
      if (t.status !== 'open' && t.status !== 'paused')
        throw new CaseTransitionError(`only an open or paused case can be fulfilled (it is ${t.status})`);
      // fulfilled while paused (the missing documents came and the answer went out): the pause ends that day
      const pauses = open ? [...t.pauses.slice(0, -1), { from: open.from, to: e.onDate < open.from ? open.from : e.onDate }] : t.pauses;
      return { ...t, status: 'fulfilled', fulfilledOn: e.onDate, pauses };
    }
    case 'reopened':
      if (t.status !== 'fulfilled') throw new CaseTransitionError(`only a fulfilled case can be reopened (it is ${t.status})`);
      return { ...t, status: 'open', fulfilledOn: null };
    case 'excluded':
      if (t.status === 'excluded') throw new CaseTransitionError('the case is already excluded');
      return { ...t, status: 'excluded', exclusionReason: String(e.data?.reason ?? ''), statusBeforeExclusion: t.status };
    case 'included':
      if (t.status !== 'excluded') throw new CaseTransitionError('only an excluded case can be included again');
      return { ...t, status: t.statusBeforeExclusion, exclusionReason: null };
    default:
      // assigned, warning_raised, delay_notice_sent, personal_data_erased do not move the clock
      return t;
  }
}

function finish(index: CalendarIndex, promise: TimelinePromise, t: Mutable): CaseTimeline {
  const { statusBeforeExclusion: _, ...rest } = t;
  const hasDeadline = promise.amount !== null && promise.unit !== null;
  const dueOn = hasDeadline ? dueDate(index, t.receivedOn, promise.amount!, promise.unit!, t.pauses) : null;
  const warningOn = hasDeadline
    ? warningDate(index, t.receivedOn, promise.amount!, promise.unit!, t.pauses, promise.warningFraction)
    : null;
  const durationWorkingDays = t.fulfilledOn ? workingDaysUnpaused(index, t.receivedOn, t.fulfilledOn, t.pauses) : null;
  return { ...rest, dueOn, warningOn, durationWorkingDays };
}

/** Working days in (from, to] that lie in no pause (both ends of a pause are paused). */
export function workingDaysUnpaused(index: CalendarIndex, from: string, to: string, pauses: readonly Pause[]): number {
  let days = index.workingDaysBetween(from, to);
  for (const p of pauses) {
    // the paused days [start, end], clipped to (from, to]
    const start = p.from > from ? p.from : addDays(from, 1);
    const end = p.to === null || p.to > to ? to : p.to;
    if (start <= end) days -= index.workingDaysBetween(addDays(start, -1), end);
  }
  return days;
}

/** What staff and figures see: derived from the stored dates and today's Berlin date. */
export type CaseState = 'on_time' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed' | 'excluded' | 'no_deadline';

export function caseState(
  c: { status: CaseStatus; dueOn: string | null; warningOn: string | null; fulfilledOn: string | null },
  today: string,
): CaseState {
  if (c.status === 'excluded') return 'excluded';
  if (c.status === 'fulfilled') return c.dueOn === null || c.fulfilledOn! <= c.dueOn ? 'met' : 'missed';
  if (c.status === 'paused') return 'paused';
  if (c.dueOn === null) return 'no_deadline';
  if (today > c.dueOn) return 'overdue';
  if (c.warningOn !== null && today >= c.warningOn) return 'at_risk';
  return 'on_time';
}
