import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { importKeys } from './query-keys';
import { type ImportListItem, isUnfinished } from './types';

/** My administration's imports, newest first; refreshed every 2 s while one of them still runs. */
export function useImports() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: () => api<{ items: ImportListItem[] }>('/cases/imports'),
    refetchInterval: (query) => (query.state.data?.items.some((i) => isUnfinished(i.status)) ? 2000 : false),
  });
}
