import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../calendar/berlin-date.js';
import { addMonthsToDay, dayToIso, isoToDay, weekdayOf } from './day-number.js';

// Date.UTC is the independent reference for the integer calendar arithmetic.
const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoDateArb = fc
  .date({ min: new Date('1600-01-01T00:00:00Z'), max: new Date('2400-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('1969-12-31')).toBe(-1);
    expect(isoToDay('2000-01-01')).toBe(10957);
    expect(dayToIso(20586)).toBe('2026-05-13');
    // 2000 was a leap year (divisible by 400), 2100 will not be
    expect(dayToIso(isoToDay('2000-02-28') + 1)).toBe('2000-02-29');
    expect(dayToIso(isoToDay('2100-02-28') + 1)).toBe('2100-03-01');
  });

  it('agrees with Date.UTC and round-trips', () => {
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        expect(isoToDay(iso)).toBe(utcDay(iso));
        expect(dayToIso(isoToDay(iso))).toBe(iso);
        expect(weekdayOf(isoToDay(iso))).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('adds months like addMonths in berlin-date (a missing day becomes the month end)', () => {
    expect(dayToIso(addMonthsToDay(isoToDay('2026-01-31'), 1))).toBe('2026-02-28');
    expect(dayToIso(addMonthsToDay(isoToDay('2028-01-31'), 1))).toBe('2028-02-29');
    expect(dayToIso(addMonthsToDay(isoToDay('2026-03-31'), -1))).toBe('2026-02-28');
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -600, max: 600 }), (iso, months) => {
        expect(dayToIso(addMonthsToDay(isoToDay(iso), months))).toBe(addMonths(iso, months));
      }),
    );
  });

  it('day arithmetic matches addDays in berlin-date', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -5000, max: 5000 }), (iso, n) => {
        expect(dayToIso(isoToDay(iso) + n)).toBe(addDays(iso, n));
      }),
    );
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-4-01',
    '2025-04-01T00:00:00Z',
    '20250401',
    '',
    'abcd-ef-gh',
    '2025/04/01',
  ])('rejects %j as not an ISO calendar date', (bad) => {
    expect(() => isoToDay(bad)).toThrow(RangeError);
    expect(() => isoToDay(bad)).toThrow(/not an ISO calendar date/);
  });
});
