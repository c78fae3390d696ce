import { describe, expect, it } from 'vitest';
import { calendarIndex } from './calendar-index.js';
import { dueDate, warningDate } from './due-date.js';

const nw = calendarIndex('DE-NW');

describe('calendar periods (days, weeks, months)', () => {
  it('8 weeks ending on a holiday move to the next working day (§ 193 BGB)', () => {
    // Fri 2026-10-30 + 56 days = Fri 25 Dec; 26 Dec Sat (and holiday), Sun → Mon 28 Dec
    expect(dueDate(nw, '2026-10-30', 8, 'weeks')).toBe('2026-12-28');
    // Thu 2026-03-19 + 56 days = Thu 14 May, Ascension → Fri 15 May
    expect(dueDate(nw, '2026-03-19', 8, 'weeks')).toBe('2026-05-15');
    // an 8-week period ending on a working day stays: Mon 2 Mar → Mon 27 Apr
    expect(dueDate(nw, '2026-03-02', 8, 'weeks')).toBe('2026-04-27');
  });

  it('a month period ending on a day its last month lacks ends on that month’s last day', () => {
    // 2025-01-31 + 1 month = Fri 28 Feb 2025
    expect(dueDate(nw, '2025-01-31', 1, 'months')).toBe('2025-02-28');
    // 2028 is a leap year: 31 Jan + 1 month = Tue 29 Feb
    expect(dueDate(nw, '2028-01-31', 1, 'months')).toBe('2028-02-29');
    // 2025-08-31 + 1 month = Tue 30 Sep
    expect(dueDate(nw, '2025-08-31', 1, 'months')).toBe('2025-09-30');
    // Sat 2026-01-31 + 1 month = Sat 28 Feb → Mon 2 Mar (§ 193)
    expect(dueDate(nw, '2026-01-31', 1, 'months')).toBe('2026-03-02');
    // 2026-03-31 + 3 months = Tue 30 Jun
    expect(dueDate(nw, '2026-03-31', 3, 'months')).toBe('2026-06-30');
  });

  it('counts days from the day after receipt', () => {
    // Mon 2026-03-02 + 10 days = Thu 12 Mar
    expect(dueDate(nw, '2026-03-02', 10, 'days')).toBe('2026-03-12');
    // Mon 2026-03-02 + 5 days = Sat 7 Mar → Mon 9 Mar
    expect(dueDate(nw, '2026-03-02', 5, 'days')).toBe('2026-03-09');
  });

  it('a receipt on a Saturday starts the period all the same', () => {
    // Sat 2026-05-16 + 1 working day: Mon 18 May is day 1
    expect(dueDate(nw, '2026-05-16', 1, 'working_days')).toBe('2026-05-18');
    // Sat 2026-05-16 + 2 weeks = Sat 30 May → Mon 1 Jun
    expect(dueDate(nw, '2026-05-16', 2, 'weeks')).toBe('2026-06-01');
    // Sat 2026-05-23 + 1 working day: Sun, Mon 25 Pfingstmontag → Tue 26 May
    expect(dueDate(nw, '2026-05-23', 1, 'working_days')).toBe('2026-05-26');
  });

  it('closure days move calendar periods too', () => {
    const closed = calendarIndex('DE-NW', ['2026-02-16', '2026-12-24', '2026-12-31']);
    // Mon 2026-01-19 + 4 weeks = Mon 16 Feb, Rosenmontag closed → Tue 17 Feb
    expect(dueDate(closed, '2026-01-19', 4, 'weeks')).toBe('2026-02-17');
    expect(dueDate(nw, '2026-01-19', 4, 'weeks')).toBe('2026-02-16');
    // Thu 2026-11-26 + 4 weeks = Thu 24 Dec closed, 25/26 Christmas, Sun → Mon 28 Dec
    expect(dueDate(closed, '2026-11-26', 4, 'weeks')).toBe('2026-12-28');
    // Thu 2026-12-17 + 2 weeks = Thu 31 Dec closed, Fri 1 Jan, Sat, Sun → Mon 4 Jan 2027
    expect(dueDate(closed, '2026-12-17', 2, 'weeks')).toBe('2027-01-04');
  });

  it('refuses an amount that is not a positive integer, an unknown unit and a start outside the range', () => {
    expect(() => dueDate(nw, '2026-03-02', 0, 'working_days')).toThrow('deadline amount must be a positive integer, got 0');
    expect(() => dueDate(nw, '2026-03-02', 1.5, 'weeks')).toThrow(RangeError);
    expect(() => dueDate(nw, '2026-03-02', 1, 'years' as never)).toThrow('unknown deadline unit "years"');
    expect(() => dueDate(nw, '1999-12-31', 1, 'days')).toThrow(
      'start date 1999-12-31 lies outside the supported calendar range 2000-01-01 to 2199-12-31',
    );
    expect(() => dueDate(nw, '2199-12-01', 2, 'months')).toThrow(/beyond the supported calendar range 2000-01-01 to 2199-12-31/);
  });
});

describe('pauses', () => {
  it('working days inside a pause are not counted; both pause dates are paused', () => {
    // Mon 2026-03-02 + 7 working days = Wed 11 Mar without a pause
    expect(dueDate(nw, '2026-03-02', 7, 'working_days')).toBe('2026-03-11');
    // paused Wed 4 – Thu 5 Mar: Tue 3 (1), Fri 6 (2), Mon 9 … Fri 13 (7)
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-03-04', to: '2026-03-05' }])).toBe('2026-03-13');
    // a pause over a weekend only costs nothing: Sat 7 – Sun 8 Mar
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-03-07', to: '2026-03-08' }])).toBe('2026-03-11');
  });

  it('calendar periods move by the paused calendar days, then § 193 applies', () => {
    // Mon 2026-03-02 + 8 weeks = Mon 27 Apr; paused 10 days (10–19 Mar) → Thu 7 May
    expect(dueDate(nw, '2026-03-02', 8, 'weeks', [{ from: '2026-03-10', to: '2026-03-19' }])).toBe('2026-05-07');
    // paused 4 days (10–13 Mar) → Fri 1 May, Labour Day, Sat, Sun → Mon 4 May
    expect(dueDate(nw, '2026-03-02', 8, 'weeks', [{ from: '2026-03-10', to: '2026-03-13' }])).toBe('2026-05-04');
  });

  it('ignores pauses over before the start or begun after the due date, clips one that spans the start, merges overlaps', () => {
    const plain = dueDate(nw, '2026-03-02', 7, 'working_days');
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-02-20', to: '2026-03-02' }])).toBe(plain);
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-03-12', to: '2026-03-20' }])).toBe(plain);
    // paused 25 Feb – Tue 3 Mar: only Tue 3 Mar falls after the start → Thu 12 Mar
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-02-25', to: '2026-03-03' }])).toBe('2026-03-12');
    // 4–5 and 5–6 Mar overlap: paused Wed 4 – Fri 6 → Tue 3 (1), Mon 9 … Mon 16 (7)
    const overlapping = [
      { from: '2026-03-05', to: '2026-03-06' },
      { from: '2026-03-04', to: '2026-03-05' },
    ];
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', overlapping)).toBe('2026-03-16');
  });

  it('an open pause leaves the due date unknown (null) unless the period ran out before it began', () => {
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-03-04', to: null }])).toBeNull();
    expect(dueDate(nw, '2026-03-02', 8, 'weeks', [{ from: '2026-03-01', to: null }])).toBeNull();
    // the deadline passed on Wed 11 Mar; a pause opened on the 12th cannot revive it
    expect(dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-03-12', to: null }])).toBe('2026-03-11');
  });

  it('refuses a pause that ends before it begins', () => {
    expect(() => dueDate(nw, '2026-03-02', 7, 'working_days', [{ from: '2026-03-05', to: '2026-03-04' }])).toThrow(
      'pause ends before it begins: 2026-03-05 to 2026-03-04',
    );
  });
});

describe('warning point', () => {
  it('lies after 75 % of the period by default, rounded down to whole days, without § 193', () => {
    // 8 weeks = 56 days; 42 days after Mon 2 Mar → Mon 13 Apr
    expect(warningDate(nw, '2026-03-02', 8, 'weeks')).toBe('2026-04-13');
    // 4 working days → ⌊3⌋ = 3rd working day after Mon 2 Mar → Thu 5 Mar
    expect(warningDate(nw, '2026-03-02', 4, 'working_days')).toBe('2026-03-05');
    // 1 working day → ⌊0.75⌋ = 0: warn on the day of receipt
    expect(warningDate(nw, '2026-05-13', 1, 'working_days')).toBe('2026-05-13');
    // 7 days from Mon 2 Mar → ⌊5.25⌋ = 5 → Sat 7 Mar (not moved: a reminder, not a legal end)
    expect(warningDate(nw, '2026-03-02', 7, 'days')).toBe('2026-03-07');
  });

  it('takes another fraction, and 0.29 × 100 stays 29', () => {
    expect(warningDate(nw, '2026-03-02', 8, 'weeks', [], 0.5)).toBe('2026-03-30');
    expect(warningDate(nw, '2026-03-02', 100, 'days', [], 0.29)).toBe('2026-03-31');
    expect(warningDate(nw, '2026-03-02', 8, 'weeks', [], 0)).toBe('2026-03-02');
    expect(warningDate(nw, '2026-03-02', 8, 'weeks', [], 1)).toBe('2026-04-27');
    expect(() => warningDate(nw, '2026-03-02', 8, 'weeks', [], 1.2)).toThrow('warning fraction must lie within 0..1, got 1.2');
  });

  it('is pushed back by pauses like the due date, and unknown while an open pause holds it', () => {
    // 42 unpaused days after Mon 2 Mar with 10–19 Mar paused → Thu 23 Apr
    expect(warningDate(nw, '2026-03-02', 8, 'weeks', [{ from: '2026-03-10', to: '2026-03-19' }])).toBe('2026-04-23');
    expect(warningDate(nw, '2026-03-02', 8, 'weeks', [{ from: '2026-03-10', to: null }])).toBeNull();
    expect(warningDate(nw, '2026-03-02', 8, 'weeks', [{ from: '2026-04-20', to: null }])).toBe('2026-04-13');
  });
});
