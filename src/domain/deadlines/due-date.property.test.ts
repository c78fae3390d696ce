import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../calendar/berlin-date.js';
import { calendarIndex } from './calendar-index.js';
import { isoToDay } from './day-number.js';
import { dueDate, warningDate, WARNING_FRACTION, type DeadlineUnit, type Pause } from './due-date.js';
import { holidaysOf, regionCodes } from './holidays.js';

// Laws of the deadline engine on random regions, closure days and pauses, and the
// engine against a naive reference that walks day by day over ISO strings with a Set
// of holiday dates — the obvious implementation, sharing nothing with the index but
// the holiday data (which the differential test checks on its own).

const isoArb = (from: string, to: string) =>
  fc.integer({ min: isoToDay(from), max: isoToDay(to) }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const regionArb = fc.constantFrom(...regionCodes());
const closureArb = fc.array(isoArb('2020-01-01', '2034-12-31'), { maxLength: 8 });
const startArb = isoArb('2020-01-01', '2030-12-31');
const periodArb: fc.Arbitrary<[number, DeadlineUnit]> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constant('working_days' as const)),
  fc.tuple(fc.integer({ min: 1, max: 90 }), fc.constant('days' as const)),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constant('weeks' as const)),
  fc.tuple(fc.integer({ min: 1, max: 24 }), fc.constant('months' as const)),
);
// pauses placed around the start: some before it, some across it, one in ten still open
const pausesArb = (start: string) =>
  fc.array(
    fc
      .record({ offset: fc.integer({ min: -15, max: 150 }), length: fc.integer({ min: 0, max: 30 }), open: fc.boolean() })
      .map(({ offset, length, open }): Pause => ({
        from: addDays(start, offset),
        to: open && offset % 10 === 0 ? null : addDays(start, offset + length),
      })),
    { maxLength: 3 },
  );
const caseArb = fc
  .record({ region: regionArb, closures: closureArb, start: startArb, period: periodArb })
  .chain((c) => pausesArb(c.start).map((pauses) => ({ ...c, pauses })));

const holidaySets = new Map<string, Set<string>>();
function offDays(region: string, closures: readonly string[]): Set<string> {
  let set = holidaySets.get(region);
  if (!set) {
    set = new Set<string>();
    for (let year = 2019; year <= 2040; year++) for (const h of holidaysOf(region, year)) set.add(h.date);
    holidaySets.set(region, set);
  }
  return new Set([...set, ...closures]);
}

function naive(
  region: string,
  closures: readonly string[],
  start: string,
  amount: number,
  unit: DeadlineUnit,
  pauses: readonly Pause[],
  fraction?: number,
) {
  const off = offDays(region, closures);
  const isWorking = (iso: string) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay()) && !off.has(iso);
  const pausesOn = (iso: string) => pauses.filter((p) => p.from <= iso && (p.to === null || iso <= p.to));
  const length =
    unit === 'working_days'
      ? amount
      : Math.round(
          (Date.parse(unit === 'months' ? addMonths(start, amount) : addDays(start, unit === 'weeks' ? 7 * amount : amount)) -
            Date.parse(start)) /
            86_400_000,
        );
  const units = fraction === undefined ? length : Math.floor(fraction * length + 1e-9);
  let day = start;
  for (let counted = 0; counted < units;) {
    day = addDays(day, 1);
    const paused = pausesOn(day);
    if (paused.some((p) => p.to === null)) return null;
    if (paused.length === 0 && (unit !== 'working_days' || isWorking(day))) counted++;
  }
  // § 193 BGB for calendar periods; the warning point is never moved
  while (fraction === undefined && !isWorking(day)) day = addDays(day, 1);
  return day;
}

describe('deadline laws', () => {
  it('adding n working days then counting the working days back gives n', () => {
    fc.assert(
      fc.property(regionArb, closureArb, startArb, fc.integer({ min: 0, max: 600 }), (region, closures, start, n) => {
        const index = calendarIndex(region, closures);
        expect(index.workingDaysBetween(start, index.addWorkingDays(start, n))).toBe(n);
        // and back from a working day
        const from = index.nextWorkingDayOnOrAfter(start);
        expect(index.workingDaysBetween(index.addWorkingDays(from, -n), from)).toBe(n);
      }),
    );
  });

  it('a due date is never a non-working day and always after the start', () => {
    fc.assert(
      fc.property(caseArb, ({ region, closures, start, period: [amount, unit], pauses }) => {
        const index = calendarIndex(region, closures);
        const due = dueDate(index, start, amount, unit, pauses);
        if (due === null) return;
        expect(index.isWorkingDay(due)).toBe(true);
        expect(due > start).toBe(true);
      }),
    );
  });

  it('due dates are monotone in the amount', () => {
    fc.assert(
      fc.property(caseArb, ({ region, closures, start, period: [amount, unit], pauses }) => {
        const index = calendarIndex(region, closures);
        const closed = pauses.filter((p) => p.to !== null);
        const a = dueDate(index, start, amount, unit, closed)!;
        const b = dueDate(index, start, amount + 1, unit, closed)!;
        if (unit === 'working_days') expect(b > a).toBe(true);
        else expect(b >= a).toBe(true);
      }),
    );
  });

  it('the warning point never lies after the due date', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ region, closures, start, period: [amount, unit], pauses }, fraction) => {
          const index = calendarIndex(region, closures);
          const closed = pauses.filter((p) => p.to !== null);
          const warning = warningDate(index, start, amount, unit, closed, fraction)!;
          expect(warning >= start && warning <= dueDate(index, start, amount, unit, closed)!).toBe(true);
        },
      ),
    );
  });

  it('the O(1) engine equals the naive day-by-day reference (units, regions, closure days, pauses)', () => {
    fc.assert(
      fc.property(caseArb, ({ region, closures, start, period: [amount, unit], pauses }) => {
        const index = calendarIndex(region, closures);
        expect(dueDate(index, start, amount, unit, pauses)).toBe(naive(region, closures, start, amount, unit, pauses));
        expect(warningDate(index, start, amount, unit, pauses)).toBe(
          naive(region, closures, start, amount, unit, pauses, WARNING_FRACTION),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('the day-number hot path equals dueDate without pauses', () => {
    fc.assert(
      fc.property(regionArb, startArb, periodArb, (region, start, [amount, unit]) => {
        const index = calendarIndex(region);
        expect(index.dueDay(isoToDay(start), amount, unit)).toBe(isoToDay(dueDate(index, start, amount, unit)!));
      }),
    );
  });

  it('the index marks exactly the weekdays that are no holiday as working days, over the whole range', () => {
    fc.assert(
      fc.property(regionArb, isoArb('2000-01-01', '2199-12-31'), (region, date) => {
        const holidays = new Set(holidaysOf(region, Number(date.slice(0, 4))).map((h) => h.date));
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect(calendarIndex(region).isWorkingDay(date)).toBe(weekday !== 0 && weekday !== 6 && !holidays.has(date));
      }),
      { numRuns: 1000 },
    );
  });
});
