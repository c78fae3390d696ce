import { dueDate } from '../../domain/deadlines/due-date.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { DbOrTx } from '../db/client.js';

/** RAL-GZ 981 (f): the complaint office acknowledges a complaint within 3 working days of receipt. */
export const ACKNOWLEDGEMENT_WORKING_DAYS = 3;

/**
 * The acknowledgement deadline on the administration's current working calendar: the
 * public holidays of its region plus its own closure days. The day of receipt does not
 * count (§ 31 VwVfG, § 187 (1) BGB): the 3rd working day after it.
 */
export async function acknowledgementDueOn(
  calendars: Pick<CalendarService, 'current'>,
  tx: DbOrTx,
  organizationId: string,
  receivedOn: string,
): Promise<string> {
  const calendar = await calendars.current(tx, organizationId);
  return dueDate(calendar.index, receivedOn, ACKNOWLEDGEMENT_WORKING_DAYS, 'working_days')!;
}
