import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { importKeys } from './query-keys';
import type { PromiseOption } from './types';

/** The current promises of my administration, for the default promise of an import. */
export function usePromises() {
  return useQuery({ queryKey: importKeys.promises, queryFn: () => api<{ items: PromiseOption[] }>('/promises'), staleTime: 5 * 60_000 });
}
