import { civilToDay, dayToIso } from './day-number.js';

// The years the engine answers for: 2000 lies before any case the platform will hold,
// 2199 far beyond the end of any period that can start today. The range is a trade-off
// with build cost: date-holidays needs roughly 1 ms per region and year, paid once per
// region and process (see calendar-index.ts).
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2199;
export const FIRST_DAY = civilToDay(FIRST_YEAR, 1, 1);
export const LAST_DAY = civilToDay(LAST_YEAR, 12, 31);

export const RANGE_TEXT = `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

/** Throws unless the day lies within the supported range; `what` names the value in the message. */
export function assertDayInRange(dayNumber: number, what: string): void {
  if (!(Number.isInteger(dayNumber) && dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY)) throw outOfRange(what, dayNumber);
}

export function outOfRange(what: string, dayNumber: number): RangeError {
  const shown = Number.isInteger(dayNumber) && dayNumber >= -719528 && dayNumber <= 2932896 ? dayToIso(dayNumber) : String(dayNumber);
  return new RangeError(`${what} ${shown} lies outside the supported calendar range ${RANGE_TEXT}`);
}
