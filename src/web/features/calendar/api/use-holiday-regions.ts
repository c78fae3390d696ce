import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './types';

/** Every holiday region the deadline engine knows (DE-NW, DE-BY-KATH …). */
export function useHolidayRegions() {
  return useQuery({ queryKey: calendarKeys.regions, queryFn: () => api<{ items: string[] }>('/deadlines/regions'), staleTime: Infinity });
}
