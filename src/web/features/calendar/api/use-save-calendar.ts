import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { calendarKeys, type ClosureDay, type WorkingCalendar } from './types';

/** Stores region and closure days as the calendar's next version. */
export function useSaveCalendar() {
  return useApiMutation({
    mutationFn: (body: { region: string; closureDays: ClosureDay[] }) => api<WorkingCalendar>('/calendar', { method: 'PUT', body }),
    invalidate: [calendarKeys.all],
    successMessage: 'calendar.saved',
  });
}
