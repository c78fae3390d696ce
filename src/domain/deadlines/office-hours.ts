import { toBerlinDate } from '../calendar/berlin-date.js';
import type { CalendarIndex } from './calendar-index.js';

const berlinHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Office hours of the administration: when warnings may go out to its staff. */
export const OFFICE_HOURS = { from: '07:30', to: '16:30' } as const;

/**
 * Whether an instant lies in office hours on a working day of the administration's
 * calendar (Europe/Berlin wall time): staff are not warned at night, at weekends, on
 * public holidays or closure days; the warning waits for the next office morning.
 */
export function isOfficeHours(instant: Date, index: CalendarIndex, hours: { from: string; to: string } = OFFICE_HOURS): boolean {
  if (!index.isWorkingDay(toBerlinDate(instant))) return false;
  const time = berlinHour.format(instant);
  return time >= hours.from && time < hours.to;
}
