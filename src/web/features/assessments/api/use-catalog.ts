import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { CatalogDefinition } from './types';

export function useCatalog(schemeId: string, version: string) {
  return useQuery({
    queryKey: queryKeys.catalog(schemeId, version),
    queryFn: () =>
      api<{ id: string; definition: CatalogDefinition }>(`/catalogs/${encodeURIComponent(schemeId)}/${encodeURIComponent(version)}`),
    staleTime: Infinity,
  });
}
