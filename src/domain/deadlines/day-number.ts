// Day numbers: whole days since 1970-01-01 (day 0, a Thursday). The deadline engine
// computes on these integers so the hot path needs neither Date objects nor strings;
// ISO dates (YYYY-MM-DD, Europe/Berlin calendar dates) are converted only at the edges.
// The conversions are Howard Hinnant's days_from_civil / civil_from_days: exact integer
// arithmetic on the proleptic Gregorian calendar, no time zones, no DST.

/** Day number of a civil date (month 1..12); no validation. */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number as [year, month 1..12, day]. */
export function dayToCivil(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const ZERO = 48;

/** Parses a strict YYYY-MM-DD calendar date; anything else (2025-02-30, 2025-2-3, a timestamp) is a RangeError. */
export function isoToDay(iso: string): number {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) throw notIso(iso);
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw notIso(iso);
  return civilToDay(year, month, day);
}

// Formatted dates are remembered for 2000-01-01 … 2358-12-31 (2^17 days): the engine
// converts the same few thousand dates over and over, and a lookup spares the division
// chain and a fresh string per call. The table is filled lazily, a date at a time.
const MEMO_FIRST = civilToDay(2000, 1, 1);
const MEMO_SIZE = 1 << 17;
let memo: (string | undefined)[] | undefined;

/** Formats a day number as YYYY-MM-DD (years 0..9999). */
export function dayToIso(dayNumber: number): string {
  const i = dayNumber - MEMO_FIRST;
  if (i >= 0 && i < MEMO_SIZE && Number.isInteger(i)) {
    memo ??= new Array<string | undefined>(MEMO_SIZE);
    return (memo[i] ??= formatDay(dayNumber));
  }
  return formatDay(dayNumber);
}

function formatDay(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`a day number must be an integer, got ${dayNumber}`);
  const [y, m, d] = dayToCivil(dayNumber);
  if (y < 0 || y > 9999) throw new RangeError(`day ${dayNumber} lies outside the years 0000–9999`);
  return `${y < 10 ? '000' : y < 100 ? '00' : y < 1000 ? '0' : ''}${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Adds whole calendar months to a day number; a day the target month lacks becomes
 * its last day (31 Jan + 1 month = 28/29 Feb). Same rule as addMonths in
 * src/domain/calendar/berlin-date.ts, on integers for the hot path.
 */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const [y, m, d] = dayToCivil(dayNumber);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return civilToDay(year, month, Math.min(d, daysInMonth(year, month)));
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function notIso(value: unknown): RangeError {
  return new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}
