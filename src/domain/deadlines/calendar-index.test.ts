import { describe, expect, it } from 'vitest';
import { CalendarIndex, calendarIndex } from './calendar-index.js';
import { isoToDay } from './day-number.js';
import { holidaysOf, isKnownRegion, regionCodes } from './holidays.js';

const nw = calendarIndex('DE-NW');

describe('regions', () => {
  it('offers the 16 Länder and the 7 regions date-holidays names, as DE-XX and DE-XX-YY', () => {
    expect(regionCodes()).toEqual([
      'DE-BB',
      'DE-BE',
      'DE-BW',
      'DE-BY',
      'DE-BY-A',
      'DE-BY-EVANG',
      'DE-BY-KATH',
      'DE-HB',
      'DE-HE',
      'DE-HH',
      'DE-MV',
      'DE-NI',
      'DE-NW',
      'DE-RP',
      'DE-SH',
      'DE-SL',
      'DE-SN',
      'DE-SN-BZ',
      'DE-ST',
      'DE-TH',
      'DE-TH-EIC',
      'DE-TH-UH',
      'DE-TH-WAK',
    ]);
    expect(isKnownRegion('DE-BY-A')).toBe(true);
    for (const code of ['BY', 'DE', 'de-by', 'DE-BY-', 'DE-XX', 'DE-NW-A', 'AT-9']) expect(isKnownRegion(code)).toBe(false);
  });

  it('refuses an unknown region, naming it and the known ones', () => {
    expect(() => calendarIndex('DE-XX')).toThrow(/unknown region "DE-XX"; expected one of DE-BB, DE-BE/);
    expect(() => holidaysOf('BY', 2026)).toThrow(RangeError);
  });

  it('lists public holidays only: no 24/31 December (bank days), no Gründonnerstag in BW (school day)', () => {
    const bw = holidaysOf('DE-BW', 2026).map((h) => h.date);
    expect(bw).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-06-04',
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(holidaysOf('DE-BE', 2025)).toContainEqual({ date: '2025-05-08', name: 'Tag der Befreiung (80. Jahrestag)' });
    expect(holidaysOf('DE-BY-A', 2025)).toContainEqual({ date: '2025-08-08', name: 'Augsburger Friedensfest' });
  });

  it('refuses years outside the supported range, naming the bounds', () => {
    expect(() => holidaysOf('DE-NW', 1999)).toThrow('year 1999 lies outside the supported calendar range 2000-01-01 to 2199-12-31');
    expect(() => holidaysOf('DE-NW', 2200)).toThrow(RangeError);
  });
});

describe('calendar index', () => {
  it('knows working days: Monday–Friday without holidays', () => {
    expect(nw.isWorkingDay('2026-05-13')).toBe(true); // Wed
    expect(nw.isWorkingDay('2026-05-14')).toBe(false); // Ascension
    expect(nw.isWorkingDay('2026-05-16')).toBe(false); // Sat
    expect(nw.isWorkingDay('2026-05-17')).toBe(false); // Sun
  });

  it('adds working days forward and back, never counting the start day', () => {
    expect(nw.addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(nw.addWorkingDays('2026-05-13', 0)).toBe('2026-05-13');
    // Fri 15 May − 1: Thu 14 is Ascension → Wed 13 May
    expect(nw.addWorkingDays('2026-05-15', -1)).toBe('2026-05-13');
    // from Sun 17 May back 1 → Fri 15 May
    expect(nw.addWorkingDays('2026-05-17', -1)).toBe('2026-05-15');
    expect(() => nw.addWorkingDays('2026-05-13', 1.5)).toThrow(/must be an integer/);
  });

  it('finds the next working day on or after a date, and counts working days in (from, to]', () => {
    expect(nw.nextWorkingDayOnOrAfter('2026-05-13')).toBe('2026-05-13');
    expect(nw.nextWorkingDayOnOrAfter('2026-05-14')).toBe('2026-05-15');
    expect(nw.nextWorkingDayOnOrAfter('2026-05-23')).toBe('2026-05-26'); // Sat, Sun, Pfingstmontag
    // Wed 13 → Fri 22 May: 15, 18, 19, 20, 21, 22 (the 14th is Ascension)
    expect(nw.workingDaysBetween('2026-05-13', '2026-05-22')).toBe(6);
    expect(nw.workingDaysBetween('2026-05-22', '2026-05-13')).toBe(-6);
    expect(nw.workingDaysBetween('2026-05-13', '2026-05-13')).toBe(0);
  });

  it('treats closure days as non-working: 24/31 December and Rosenmontag', () => {
    const closed = calendarIndex('DE-NW', ['2026-12-24', '2026-12-31', '2026-02-16']);
    // Wed 2026-12-23 + 1: Thu 24 closed, Fri 25 and Sat 26 Christmas, Sun → Mon 28 Dec
    expect(closed.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(nw.addWorkingDays('2026-12-23', 1)).toBe('2026-12-24');
    // Wed 2026-12-30 + 1: Thu 31 closed, Fri 1 Jan New Year, Sat, Sun → Mon 4 Jan 2027
    expect(closed.addWorkingDays('2026-12-30', 1)).toBe('2027-01-04');
    // Fri 2026-02-13 + 1: Sat, Sun, Mon 16 Feb Rosenmontag closed → Tue 17 Feb
    expect(closed.addWorkingDays('2026-02-13', 1)).toBe('2026-02-17');
    expect(nw.addWorkingDays('2026-02-13', 1)).toBe('2026-02-16');
  });

  it('caches one index per region and closure set, whatever the order or duplicates of the closure days', () => {
    const a = calendarIndex('DE-NW', ['2026-12-31', '2026-12-24']);
    expect(calendarIndex('DE-NW', ['2026-12-24', '2026-12-31', '2026-12-24'])).toBe(a);
    expect(a.closureDays).toEqual(['2026-12-24', '2026-12-31']);
    expect(calendarIndex('DE-NW', ['2026-12-24'])).not.toBe(a);
    expect(calendarIndex('DE-NW')).toBe(nw);
    expect(calendarIndex('DE-NI', ['2026-12-24', '2026-12-31'])).not.toBe(a);
  });

  it('refuses a malformed closure day and ignores one outside the range (it cannot change an answer)', () => {
    expect(() => calendarIndex('DE-NW', ['24.12.2026'])).toThrow(/not an ISO calendar date/);
    expect(new CalendarIndex('DE-NW', ['1999-12-24']).addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
  });

  it('answers within 2000-01-01 … 2199-12-31 and names the bounds outside', () => {
    expect(nw.addWorkingDays('2000-01-01', 1)).toBe('2000-01-03'); // Sat → Mon 3 Jan
    expect(() => nw.isWorkingDay('1999-12-31')).toThrow(
      'date 1999-12-31 lies outside the supported calendar range 2000-01-01 to 2199-12-31',
    );
    expect(() => nw.addWorkingDays('2200-01-02', 1)).toThrow(
      /start date 2200-01-02 lies outside the supported calendar range 2000-01-01 to 2199-12-31/,
    );
    // Mon 2199-12-30 + 1 = Tue 31 Dec; + 2 would be in 2200
    expect(nw.addWorkingDays('2199-12-30', 1)).toBe('2199-12-31');
    expect(() => nw.addWorkingDays('2199-12-30', 2)).toThrow(
      /the day 2 working days after 2199-12-30 lies outside the supported calendar range 2000-01-01 to 2199-12-31/,
    );
    expect(() => nw.addWorkingDays('2000-01-03', -1)).toThrow(/the day 1 working day before 2000-01-03 lies outside/);
    expect(() => nw.dueDay(isoToDay('2199-11-15'), 2, 'months')).toThrow(
      /2200-01-15 lies outside the supported calendar range 2000-01-01 to 2199-12-31/,
    );
  });
});
