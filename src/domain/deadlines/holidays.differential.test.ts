import { getHolidays } from 'feiertagejs';
import { describe, expect, it } from 'vitest';
import { calendarIndex } from './calendar-index.js';
import { dayToIso, isoToDay, weekdayOf } from './day-number.js';
import { holidaysOf, regionCodes } from './holidays.js';

// Our holidays (date-holidays) against feiertagejs, an independently written library,
// for every Land and every year 2020–2030: the holiday lists, and the working days the
// engine's index derives from them. Each known difference is listed, with its reason,
// and must still exist, so a fix in either library shows up as a failing test here.
type FeiertageRegion = Parameters<typeof getHolidays>[1];
type Difference = { region: string; date: string; onlyIn: 'date-holidays' | 'feiertagejs'; why: string };

const YEARS = Array.from({ length: 11 }, (_, i) => 2020 + i);

const KNOWN_DIFFERENCES: Difference[] = [
  // One-off Berlin holidays by separate law; feiertagejs models only recurring holidays.
  { region: 'DE-BE', date: '2020-05-08', onlyIn: 'date-holidays', why: 'one-off: 75th anniversary of the end of the war' },
  { region: 'DE-BE', date: '2025-05-08', onlyIn: 'date-holidays', why: 'one-off: 80th anniversary of the end of the war' },
  { region: 'DE-BE', date: '2028-06-17', onlyIn: 'date-holidays', why: 'one-off: 75th anniversary of the 1953 uprising (a Saturday)' },
  // Mariä Himmelfahrt is a holiday only in Bavaria's predominantly Catholic municipalities.
  // feiertagejs puts it into 'BY' (the majority case); date-holidays keeps it out of the
  // Land-wide calendar and in DE-BY-KATH and DE-BY-A, which are compared in full below.
  ...YEARS.map((year): Difference => ({
    region: 'DE-BY',
    date: `${year}-08-15`,
    onlyIn: 'feiertagejs',
    why: '15 August only in Catholic municipalities',
  })),
];

function theirs(region: FeiertageRegion, year: number): Set<string> {
  return new Set(getHolidays(year, region).map((h) => h.dateString));
}

function ours(region: string, year: number): Set<string> {
  return new Set(holidaysOf(region, year).map((h) => h.date));
}

const laender = regionCodes().filter((code) => code.split('-').length === 2);
// Full comparisons: every Land, plus the two Bavarian regions feiertagejs also models.
const pairs: [ours: string, theirs: FeiertageRegion][] = [
  ...laender.map((code): [string, FeiertageRegion] => [code, code.slice(3) as FeiertageRegion]),
  ['DE-BY-KATH', 'BY'],
  ['DE-BY-A', 'AUGSBURG'],
];

describe('holidays against feiertagejs, 2020–2030', () => {
  it('compares all 16 Länder', () => {
    expect(laender).toHaveLength(16);
  });

  it.each(pairs)('%s equals feiertagejs %s, apart from the listed differences', (region, theirRegion) => {
    const expected = KNOWN_DIFFERENCES.filter((d) => d.region === region).map((d) => `${d.onlyIn} ${d.date}`);
    const found: string[] = [];
    for (const year of YEARS) {
      const a = ours(region, year);
      const b = theirs(theirRegion, year);
      for (const date of a) if (!b.has(date)) found.push(`date-holidays ${date}`);
      for (const date of b) if (!a.has(date)) found.push(`feiertagejs ${date}`);
    }
    expect(found.sort()).toEqual(expected.sort());
  });

  it.each(pairs)(
    'the %s index makes exactly the weekdays of feiertagejs %s non-working, apart from the listed differences',
    (region, theirRegion) => {
      const index = calendarIndex(region);
      const excluded = new Set(KNOWN_DIFFERENCES.filter((d) => d.region === region).map((d) => d.date));
      for (const year of YEARS) {
        const holidays = theirs(theirRegion, year);
        for (let day = isoToDay(`${year}-01-01`); day <= isoToDay(`${year}-12-31`); day++) {
          const date = dayToIso(day);
          const weekday = weekdayOf(day);
          if (weekday === 0 || weekday === 6 || excluded.has(date)) continue;
          expect(index.isWorkingDayNumber(day), `${region} ${date}`).toBe(!holidays.has(date));
        }
      }
    },
  );
});
