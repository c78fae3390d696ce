import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { worklistKeys } from './query-keys';
import type { Worklist } from './types';

export function useWorklist() {
  return useQuery({ queryKey: worklistKeys.all, queryFn: () => api<Worklist>('/worklist'), refetchInterval: 60_000 });
}
