import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { caseKeys } from './query-keys';
import type { Pilot } from './types';

/** The pilots (Lotsen) of my administration, inactive ones included (old cases name them). */
export function usePilots() {
  return useQuery({ queryKey: caseKeys.pilots, queryFn: () => api<{ items: Pilot[] }>('/pilots'), staleTime: 5 * 60_000 });
}
