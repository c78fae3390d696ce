import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Municipality } from './types';

export function useMunicipalities(enabled = true) {
  return useQuery({
    queryKey: queryKeys.municipalities,
    queryFn: () => api<{ items: Municipality[] }>('/municipalities'),
    enabled,
    staleTime: 10 * 60_000,
  });
}
