import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, rosenmontag } from './rosenmontag';

describe('Rosenmontag', () => {
  it.each([
    // Easter Sunday from the church calendar, Rosenmontag 48 days earlier
    [2024, '2024-03-31', '2024-02-12'],
    [2025, '2025-04-20', '2025-03-03'],
    [2026, '2026-04-05', '2026-02-16'],
    [2027, '2027-03-28', '2027-02-08'],
    [2038, '2038-04-25', '2038-03-08'],
  ])('%i: Easter %s, Rosenmontag %s', (year, easter, monday) => {
    expect(easterSunday(year)).toBe(easter);
    expect(rosenmontag(year)).toBe(monday);
  });

  it('agrees with date-holidays on Easter Sunday and is a Monday, 2000–2199', () => {
    // Ostersonntag is a public holiday in Brandenburg, so date-holidays lists it there
    const hd = new Holidays('DE', 'BB', { types: ['public'] });
    for (let year = 2000; year <= 2199; year++) {
      const easter = hd.getHolidays(year, 'de').find((h) => h.name === 'Ostersonntag');
      expect(easter?.date.slice(0, 10), String(year)).toBe(easterSunday(year));
      expect(new Date(`${rosenmontag(year)}T00:00:00Z`).getUTCDay(), String(year)).toBe(1);
    }
  });
});
