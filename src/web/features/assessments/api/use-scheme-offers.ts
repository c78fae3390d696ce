import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { SchemeOffer } from './types';

export function useSchemeOffers(enabled = true) {
  return useQuery({
    queryKey: queryKeys.schemeOffers,
    queryFn: () => api<{ items: SchemeOffer[] }>('/scheme-offers'),
    enabled,
    staleTime: 10 * 60_000,
  });
}
