import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { caseKeys } from './query-keys';
import type { PromiseOption } from './types';

/** The current promises of my administration (for selects and filters). */
export function usePromises() {
  return useQuery({ queryKey: caseKeys.promises, queryFn: () => api<{ items: PromiseOption[] }>('/promises'), staleTime: 5 * 60_000 });
}
