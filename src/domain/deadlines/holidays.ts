import Holidays from 'date-holidays';
import { assertDayInRange, FIRST_YEAR, LAST_YEAR, RANGE_TEXT } from './calendar-range.js';
import { isoToDay } from './day-number.js';

// Public holidays come from date-holidays, asked for `types: ['public']` only: without
// it the library also returns bank days (24/31 Dec), school and observance days
// (Gründonnerstag in BW, Ostersonntag in BE), which are working days by law.
//
// Region codes follow date-holidays' own naming, prefixed with the country:
//   'DE-XX'     a Land: the holidays that hold in the whole Land;
//   'DE-XX-YY'  a part of a Land with extra holidays. date-holidays names seven:
//               DE-BY-A (Stadt Augsburg: Friedensfest 8 Aug, and 15 Aug),
//               DE-BY-KATH / DE-BY-EVANG (predominantly Catholic / Protestant municipalities:
//               with / without Mariä Himmelfahrt 15 Aug), DE-SN-BZ (Landkreis Bautzen),
//               DE-TH-EIC, DE-TH-UH, DE-TH-WAK (Eichsfeld, Unstrut-Hainich-Kreis, Wartburgkreis):
//               the Corpus Christi communities.
// Plain 'DE-BY' therefore has no 15 August: an administration in Bavaria should choose
// DE-BY-KATH, DE-BY-EVANG or DE-BY-A.

const COUNTRY = 'DE';
const OPTIONS = { types: ['public' as const], languages: 'de' };

type RegionParts = { state: string; region?: string };

let codes: Map<string, RegionParts> | undefined;

function knownRegions(): Map<string, RegionParts> {
  if (codes) return codes;
  const hd = new Holidays();
  const found = new Map<string, RegionParts>();
  for (const state of Object.keys(hd.getStates(COUNTRY)).sort()) {
    found.set(`${COUNTRY}-${state}`, { state });
    for (const region of Object.keys(hd.getRegions(COUNTRY, state) ?? {}).sort()) {
      found.set(`${COUNTRY}-${state}-${region}`, { state, region });
    }
  }
  codes = found;
  return found;
}

/** Every supported region code: the 16 Länder 'DE-XX' and their parts 'DE-XX-YY', sorted. */
export function regionCodes(): string[] {
  return [...knownRegions().keys()];
}

export function isKnownRegion(code: string): boolean {
  return knownRegions().has(code);
}

function partsOf(region: string): RegionParts {
  const parts = knownRegions().get(region);
  if (!parts) throw new RangeError(`unknown region ${JSON.stringify(region)}; expected one of ${regionCodes().join(', ')}`);
  return parts;
}

const sources = new Map<string, Holidays>();

function sourceFor(region: string): Holidays {
  let hd = sources.get(region);
  if (!hd) {
    const { state, region: part } = partsOf(region);
    hd = part ? new Holidays(COUNTRY, state, part, OPTIONS) : new Holidays(COUNTRY, state, OPTIONS);
    sources.set(region, hd);
  }
  return hd;
}

/** The public holidays of a region in one year, by date; two holidays on one date (1 May = Ascension) both appear. */
export function holidaysOf(region: string, year: number): { date: string; name: string }[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year ${year} lies outside the supported calendar range ${RANGE_TEXT}`);
  }
  return sourceFor(region)
    .getHolidays(year, 'de')
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const holidayDays = new Map<string, Int32Array>();

/**
 * Day numbers of every public holiday of a region over the whole supported range,
 * ascending and without duplicates. The one slow step of the engine (date-holidays
 * evaluates its rules per year), so it is cached per region for the process.
 */
export function holidayDaysOf(region: string): Int32Array {
  let days = holidayDays.get(region);
  if (!days) {
    const set = new Set<number>();
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const h of holidaysOf(region, year)) {
        const day = isoToDay(h.date);
        assertDayInRange(day, `holiday of ${region}`);
        set.add(day);
      }
    }
    days = Int32Array.from([...set].sort((a, b) => a - b));
    holidayDays.set(region, days);
  }
  return days;
}
