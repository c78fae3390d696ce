import { useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { CatalogDefinition } from './types';

/** The definitions (topics and criteria) of the given catalog versions. */
export function useCatalogDefinitions(versions: { schemeId: string; version: string }[]) {
  return useQueries({
    queries: versions.map(({ schemeId, version }) => ({
      queryKey: queryKeys.catalog(schemeId, version),
      queryFn: () =>
        api<{ id: string; definition: CatalogDefinition }>(`/catalogs/${encodeURIComponent(schemeId)}/${encodeURIComponent(version)}`),
      staleTime: Infinity,
    })),
  });
}
