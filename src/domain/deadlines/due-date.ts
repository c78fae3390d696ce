import { type CalendarIndex, calendarPeriodEnd, type DeadlineUnit } from './calendar-index.js';
import { assertDayInRange, LAST_DAY, RANGE_TEXT } from './calendar-range.js';
import { dayToIso, isoToDay } from './day-number.js';

export type { DeadlineUnit } from './calendar-index.js';

/**
 * A time in which the deadline does not run (waiting for the applicant, an incomplete
 * application), rebuilt by the caller from the case's event log. Both dates belong to
 * the pause: like the day of receipt, the day the missing documents arrive is not
 * counted, and the day the request went out no longer runs the clock (§ 209 BGB as the
 * commentaries read it: the days on which the pause begins and ends are both paused).
 * `to: null` means still paused.
 */
export type Pause = { from: string; to: string | null };

/** Share of a period after which a case reaches its warning point (see warningDate). */
export const WARNING_FRACTION = 0.75;

/**
 * The due date of a period that starts on `start` (the day of receipt, which is not
 * counted, § 31 VwVfG with § 187 (1) BGB), or null while an open pause holds the clock
 * before the period has run out: no due date can be known until the pause ends.
 *
 * - working_days: the amount-th working day after start; working days inside a pause do not count.
 * - days, weeks, months: the calendar end (§ 188 BGB; 31 Jan + 1 month = 28/29 Feb),
 *   pushed back by the calendar days paused within the period (§ 209 BGB), then moved to
 *   the next working day if it falls on a Saturday, Sunday, public holiday or closure day (§ 193 BGB).
 *
 * A receipt on a non-working day starts the period all the same. Pauses that end
 * before the start or begin after the due date change nothing.
 */
export function dueDate(
  index: CalendarIndex,
  start: string,
  amount: number,
  unit: DeadlineUnit,
  pauses: readonly Pause[] = [],
): string | null {
  const startDay = isoToDay(start);
  const length = periodLength(startDay, amount, unit);
  const spans = pausedSpans(pauses, startDay);
  const end = elapse(index, startDay, length, unit, spans);
  if (end === null) return null;
  return dayToIso(unit === 'working_days' ? end : index.nextWorkingDayOnOrAfterDay(end));
}

/**
 * The warning point of a case: the day on which `fraction` (default 0.75) of its
 * period has run, counted like the period itself (working days, or unpaused calendar
 * days) and rounded down to whole days so the warning comes early rather than late.
 * It is an internal reminder, not the end of a legal period, so § 193 BGB does not
 * move it; it never lies after the due date. A 1-working-day promise warns on the day
 * of receipt (⌊0.75⌋ = 0), 8 weeks (56 days) after 42 days. Null while an open pause
 * holds the clock before the warning point is reached.
 */
export function warningDate(
  index: CalendarIndex,
  start: string,
  amount: number,
  unit: DeadlineUnit,
  pauses: readonly Pause[] = [],
  fraction: number = WARNING_FRACTION,
): string | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`warning fraction must lie within 0..1, got ${fraction}`);
  const startDay = isoToDay(start);
  const length = periodLength(startDay, amount, unit);
  // the epsilon keeps 0.29 × 100 = 28.999999999999996 at 29
  const units = Math.floor(fraction * length + 1e-9);
  const day = elapse(index, startDay, units, unit, pausedSpans(pauses, startDay));
  return day === null ? null : dayToIso(day);
}

/** Counted units of the whole period: working days, or calendar days up to the calendar end before § 193. */
function periodLength(startDay: number, amount: number, unit: DeadlineUnit): number {
  if (!(Number.isInteger(amount) && amount >= 1)) throw new RangeError(`deadline amount must be a positive integer, got ${amount}`);
  assertDayInRange(startDay, 'start date');
  return unit === 'working_days' ? amount : calendarPeriodEnd(startDay, amount, unit) - startDay;
}

/** A pause as inclusive day numbers; `to` is Infinity while still paused. */
type Span = { from: number; to: number };

/** Pauses that can matter, clipped to the days after start, sorted and merged where they overlap or touch. */
function pausedSpans(pauses: readonly Pause[], startDay: number): Span[] {
  const spans: Span[] = [];
  for (const p of pauses) {
    const from = isoToDay(p.from);
    const to = p.to === null ? Infinity : isoToDay(p.to);
    if (to < from) throw new RangeError(`pause ends before it begins: ${p.from} to ${p.to}`);
    if (to > startDay) spans.push({ from: Math.max(from, startDay + 1), to });
  }
  spans.sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The day on which `units` counted units after startDay have run, skipping the paused
 * spans; null if an open pause begins before they have run. Working days are counted
 * through the index in O(1) per span; calendar days are plain subtraction.
 */
function elapse(index: CalendarIndex, startDay: number, units: number, unit: DeadlineUnit, spans: readonly Span[]): number | null {
  const working = unit === 'working_days';
  let cursor = startDay;
  let remaining = units;
  for (const span of spans) {
    const before = Math.min(span.from - 1, LAST_DAY);
    const available = working ? index.workingDaysBetweenDays(cursor, before) : before - cursor;
    if (available >= remaining) return advance(index, cursor, remaining, working);
    if (span.to === Infinity) return null;
    if (span.to >= LAST_DAY) throw beyondRange(startDay);
    remaining -= available;
    cursor = span.to;
  }
  return advance(index, cursor, remaining, working);
}

function advance(index: CalendarIndex, cursor: number, units: number, working: boolean): number {
  if (working) return index.addWorkingDaysToDay(cursor, units);
  if (cursor + units > LAST_DAY) throw beyondRange(cursor);
  return cursor + units;
}

function beyondRange(fromDay: number): RangeError {
  return new RangeError(`the period running from ${dayToIso(fromDay)} ends beyond the supported calendar range ${RANGE_TEXT}`);
}
