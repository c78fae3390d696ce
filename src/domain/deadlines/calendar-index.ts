import { assertDayInRange, FIRST_DAY, LAST_DAY, outOfRange, RANGE_TEXT } from './calendar-range.js';
import { addMonthsToDay, dayToIso, isoToDay, weekdayOf } from './day-number.js';
import { holidayDaysOf } from './holidays.js';

export type DeadlineUnit = 'working_days' | 'days' | 'weeks' | 'months';

// A working day is Monday–Friday that is neither a public holiday of the region nor a
// closure day of the administration. The index answers every question in O(1) from two
// typed arrays built once per region + closure set, instead of walking day by day:
//   cum[d - FIRST_DAY + 1]  working days in [FIRST_DAY, d]   (cum[0] = 0, "the day before the range")
//   working[k]              the (k+1)-th working day of the range, as a day number
// so the n-th working day after s is working[cum(s) + n - 1], the first working day on
// or after e is working[cum(e - 1)], and the working days in (a, b] are cum(b) - cum(a).
export class CalendarIndex {
  /** Closure days as given, normalised: valid ISO dates, sorted, without duplicates. */
  readonly closureDays: readonly string[];
  private readonly cum: Int32Array;
  private readonly working: Int32Array;

  constructor(
    readonly region: string,
    closureDays: readonly string[] = [],
  ) {
    this.closureDays = normaliseClosureDays(closureDays);
    const size = LAST_DAY - FIRST_DAY + 1;
    const closed = new Uint8Array(size);
    for (const day of holidayDaysOf(region)) closed[day - FIRST_DAY] = 1;
    // a closure day outside the range cannot change any answer inside it, so it is dropped
    for (const iso of this.closureDays) {
      const day = isoToDay(iso);
      if (day >= FIRST_DAY && day <= LAST_DAY) closed[day - FIRST_DAY] = 1;
    }
    this.cum = new Int32Array(size + 1);
    const working: number[] = [];
    for (let i = 0; i < size; i++) {
      const weekday = weekdayOf(FIRST_DAY + i);
      const isWorking = closed[i] === 0 && weekday !== 0 && weekday !== 6;
      if (isWorking) working.push(FIRST_DAY + i);
      this.cum[i + 1] = working.length;
    }
    this.working = Int32Array.from(working);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(isoToDay(date));
  }

  isWorkingDayNumber(day: number): boolean {
    assertDayInRange(day, 'date');
    const i = day - FIRST_DAY;
    return this.cum[i + 1]! - this.cum[i]! === 1;
  }

  /** The n-th working day after start (the start day itself never counts, § 187 (1) BGB); n = 0 gives start, n < 0 counts back from the day before start. */
  addWorkingDays(start: string, n: number): string {
    return dayToIso(this.addWorkingDaysToDay(isoToDay(start), n));
  }

  addWorkingDaysToDay(startDay: number, n: number): number {
    assertDayInRange(startDay, 'start date');
    if (!Number.isInteger(n)) throw new RangeError(`number of working days must be an integer, got ${n}`);
    if (n === 0) return startDay;
    const i = startDay - FIRST_DAY;
    const day = this.working[n > 0 ? this.cum[i + 1]! + n - 1 : this.cum[i]! + n];
    if (day === undefined) {
      const count = `${Math.abs(n)} working day${Math.abs(n) === 1 ? '' : 's'}`;
      throw new RangeError(
        `the day ${count} ${n > 0 ? 'after' : 'before'} ${dayToIso(startDay)} lies outside the supported calendar range ${RANGE_TEXT}`,
      );
    }
    return day;
  }

  nextWorkingDayOnOrAfter(date: string): string {
    return dayToIso(this.nextWorkingDayOnOrAfterDay(isoToDay(date)));
  }

  nextWorkingDayOnOrAfterDay(day: number): number {
    assertDayInRange(day, 'date');
    const next = this.working[this.cum[day - FIRST_DAY]!];
    if (next === undefined)
      throw new RangeError(`no working day on or after ${dayToIso(day)} within the supported calendar range ${RANGE_TEXT}`);
    return next;
  }

  /** Working days in (from, to]: the count that addWorkingDays(from, n) = to inverts; negative when to < from. */
  workingDaysBetween(from: string, to: string): number {
    return this.workingDaysBetweenDays(isoToDay(from), isoToDay(to));
  }

  workingDaysBetweenDays(fromDay: number, toDay: number): number {
    assertDayInRange(fromDay, 'date');
    assertDayInRange(toDay, 'date');
    return this.cum[toDay - FIRST_DAY + 1]! - this.cum[fromDay - FIRST_DAY + 1]!;
  }

  /**
   * Due day of a period without pauses, for hot loops over day numbers.
   * Working days: the amount-th working day after start. Days, weeks, months: the
   * calendar end (§ 188 BGB), moved to the next working day if it is none (§ 193 BGB).
   */
  dueDay(startDay: number, amount: number, unit: DeadlineUnit): number {
    if (!(Number.isInteger(amount) && amount >= 1)) throw new RangeError(`deadline amount must be a positive integer, got ${amount}`);
    if (unit === 'working_days') return this.addWorkingDaysToDay(startDay, amount);
    assertDayInRange(startDay, 'start date');
    const end = calendarPeriodEnd(startDay, amount, unit);
    if (end > LAST_DAY) throw outOfRange(`end of ${amount} ${unit} from ${dayToIso(startDay)},`, end);
    return this.nextWorkingDayOnOrAfterDay(end);
  }
}

/**
 * Last day of a calendar period before § 193 BGB (§ 188 BGB): days and weeks count
 * from the start day, which itself is not counted; months end on the same day number,
 * or on the last day of a month that lacks it.
 */
export function calendarPeriodEnd(startDay: number, amount: number, unit: Exclude<DeadlineUnit, 'working_days'>): number {
  switch (unit) {
    case 'days':
      return startDay + amount;
    case 'weeks':
      return startDay + 7 * amount;
    case 'months':
      return addMonthsToDay(startDay, amount);
    default:
      throw new RangeError(`unknown deadline unit ${JSON.stringify(unit)}`);
  }
}

function normaliseClosureDays(closureDays: readonly string[]): string[] {
  for (const iso of closureDays) isoToDay(iso);
  return [...new Set(closureDays)].sort();
}

// Indexes are ~0.5 MB each; an administration keeps its closure set for a year, so a
// small LRU covers every administration active at once without growing without bound.
const MAX_CACHED = 64;
const cache = new Map<string, CalendarIndex>();

/** The calendar index of a region plus an administration's closure days, built once and cached. */
export function calendarIndex(region: string, closureDays: readonly string[] = []): CalendarIndex {
  const key = `${region}|${normaliseClosureDays(closureDays).join(',')}`;
  let index = cache.get(key);
  if (index) {
    cache.delete(key);
  } else {
    index = new CalendarIndex(region, closureDays);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, index);
  return index;
}
