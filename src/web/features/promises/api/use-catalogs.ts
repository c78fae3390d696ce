import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type CatalogSummary, promiseKeys } from './types';

/** Every stored catalog version (reference data). */
export function useCatalogs() {
  return useQuery({ queryKey: promiseKeys.catalogs, queryFn: () => api<{ items: CatalogSummary[] }>('/catalogs'), staleTime: Infinity });
}
