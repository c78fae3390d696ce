import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/berlin-date.js';
import { calendarIndex } from '../deadlines/calendar-index.js';
import { caseState, CaseTransitionError, rebuildTimeline, type TimelineEvent, workingDaysUnpaused } from './case-timeline.js';

const nw = calendarIndex('DE-NW');
const tradeRegistration = { amount: 1, unit: 'working_days' as const, warningFraction: 0.75 };
const receiptConfirmation = { amount: 7, unit: 'working_days' as const, warningFraction: 0.75 };
const ev = (kind: TimelineEvent['kind'], onDate: string, data?: Record<string, unknown>): TimelineEvent => ({
  kind,
  onDate,
  ...(data && { data }),
});

describe('rebuildTimeline', () => {
  it('a trade registration received Wed 13 May 2026 is due Fri 15 May (Thu 14 May is Ascension Day)', () => {
    const t = rebuildTimeline(nw, tradeRegistration, [ev('received', '2026-05-13')]);
    expect(t).toMatchObject({ status: 'open', dueOn: '2026-05-15', warningOn: '2026-05-13', fulfilledOn: null, durationWorkingDays: null });
  });

  it('a pause extends the deadline by the paused working days and the duration leaves them out', () => {
    // received Mon 2 Nov 2026; 7 working days → Wed 11 Nov. Paused Wed 4 – Fri 6 Nov (3 working days,
    // both ends paused) → due Mon 16 Nov. Fulfilled Fri 13 Nov: 9 working days in (2, 13 Nov], 3 paused → 6.
    const t = rebuildTimeline(nw, receiptConfirmation, [
      ev('received', '2026-11-02'),
      ev('paused', '2026-11-04', { reason: 'Unterlagen fehlen' }),
      ev('resumed', '2026-11-06'),
      ev('fulfilled', '2026-11-13'),
    ]);
    expect(t.pauses).toEqual([{ from: '2026-11-04', to: '2026-11-06' }]);
    expect(t.dueOn).toBe('2026-11-16');
    expect(t.status).toBe('fulfilled');
    expect(t.durationWorkingDays).toBe(6);
  });

  it('an open pause leaves the due date unknown', () => {
    const t = rebuildTimeline(nw, receiptConfirmation, [ev('received', '2026-11-02'), ev('paused', '2026-11-03')]);
    expect(t).toMatchObject({ status: 'paused', dueOn: null, warningOn: null });
  });

  it('fulfilment during a pause ends the pause that day', () => {
    const t = rebuildTimeline(nw, receiptConfirmation, [
      ev('received', '2026-11-02'),
      ev('paused', '2026-11-03'),
      ev('fulfilled', '2026-11-05'),
    ]);
    expect(t.pauses).toEqual([{ from: '2026-11-03', to: '2026-11-05' }]);
    // (2, 5 Nov] has 3 working days, all paused
    expect(t.durationWorkingDays).toBe(0);
  });

  it('exclusion keeps its reason; inclusion restores the previous status', () => {
    const excluded = rebuildTimeline(nw, tradeRegistration, [
      ev('received', '2026-05-13'),
      ev('excluded', '2026-05-13', { reason: 'zurückgezogen' }),
    ]);
    expect(excluded).toMatchObject({ status: 'excluded', exclusionReason: 'zurückgezogen' });
    const included = rebuildTimeline(nw, tradeRegistration, [
      ev('received', '2026-05-13'),
      ev('excluded', '2026-05-13', { reason: 'x' }),
      ev('included', '2026-05-14'),
    ]);
    expect(included).toMatchObject({ status: 'open', exclusionReason: null });
  });

  it('a promise without a deadline has no due date and no warning point', () => {
    const t = rebuildTimeline(nw, { amount: null, unit: null, warningFraction: 0.75 }, [
      ev('received', '2026-05-13'),
      ev('fulfilled', '2026-05-20'),
    ]);
    expect(t).toMatchObject({ dueOn: null, warningOn: null, durationWorkingDays: 4 });
  });

  it.each([
    [[ev('paused', '2026-05-13')], 'first event'],
    [[ev('received', '2026-05-13'), ev('resumed', '2026-05-14')], 'only a paused case can be resumed'],
    [[ev('received', '2026-05-13'), ev('paused', '2026-05-14'), ev('paused', '2026-05-15')], 'only an open case can be paused'],
    [[ev('received', '2026-05-13'), ev('fulfilled', '2026-05-12')], 'lies before the receipt'],
    [[ev('received', '2026-05-13'), ev('paused', '2026-05-18'), ev('resumed', '2026-05-15')], 'cannot end on'],
    [[ev('received', '2026-05-13'), ev('fulfilled', '2026-05-14'), ev('fulfilled', '2026-05-15')], 'only an open or paused case'],
    [[ev('received', '2026-05-13'), ev('reopened', '2026-05-14')], 'only a fulfilled case can be reopened'],
  ])('refuses an impossible sequence (%#)', (events, message) => {
    expect(() => rebuildTimeline(nw, tradeRegistration, events)).toThrow(CaseTransitionError);
    expect(() => rebuildTimeline(nw, tradeRegistration, events)).toThrow(message);
  });
});

describe('caseState', () => {
  const open = { status: 'open' as const, dueOn: '2026-11-16', warningOn: '2026-11-11', fulfilledOn: null };
  it.each([
    [open, '2026-11-10', 'on_time'],
    [open, '2026-11-11', 'at_risk'],
    [open, '2026-11-16', 'at_risk'],
    [open, '2026-11-17', 'overdue'],
    [{ ...open, status: 'fulfilled' as const, fulfilledOn: '2026-11-16' }, '2026-12-01', 'met'],
    [{ ...open, status: 'fulfilled' as const, fulfilledOn: '2026-11-17' }, '2026-12-01', 'missed'],
    [{ ...open, status: 'paused' as const, dueOn: null }, '2026-12-01', 'paused'],
    [{ ...open, status: 'excluded' as const }, '2026-12-01', 'excluded'],
    [{ ...open, dueOn: null, warningOn: null }, '2026-12-01', 'no_deadline'],
  ])('%o on %s is %s', (c, today, state) => {
    expect(caseState(c, today)).toBe(state);
  });
});

describe('workingDaysUnpaused (property)', () => {
  const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2026-01-01', n));
  it('equals a day-by-day count of working days in (from, to] outside every pause', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 90 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 10 })), { maxLength: 3 }),
        (from, length, raw) => {
          const to = addDays(from, length);
          // non-overlapping pauses in ascending order, as a case's log produces them
          const pauses: { from: string; to: string }[] = [];
          let cursor = addDays(from, -6);
          for (const [gap, len] of raw) {
            const start = addDays(cursor, Math.abs(gap) + 1);
            pauses.push({ from: start, to: addDays(start, len) });
            cursor = addDays(start, len);
          }
          let expected = 0;
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
            if (nw.isWorkingDay(d) && !pauses.some((p) => p.from <= d && d <= p.to)) expected++;
          }
          expect(workingDaysUnpaused(nw, from, to, pauses)).toBe(expected);
        },
      ),
    );
  });
});
