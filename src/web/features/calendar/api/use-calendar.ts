import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys, type WorkingCalendar } from './types';

/** The administration's current working calendar and all its versions, newest first. */
export function useCalendar() {
  return useQuery({
    queryKey: calendarKeys.all,
    queryFn: () => api<{ current: WorkingCalendar; versions: WorkingCalendar[] }>('/calendar'),
  });
}
