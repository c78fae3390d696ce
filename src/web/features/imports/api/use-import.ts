import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../lib/api-client';
import { importKeys } from './query-keys';
import { type ImportDetail, isUnfinished } from './types';

/** One import; polled every second while it waits or runs. When it ends, the case lists refresh. */
export function useImport(id: string) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.detail(id),
    queryFn: () => api<ImportDetail>(`/cases/imports/${id}`),
    refetchInterval: (q) => (q.state.data && !isUnfinished(q.state.data.status) ? false : 1000),
  });
  const finished = query.data ? !isUnfinished(query.data.status) : false;
  useEffect(() => {
    if (!finished) return;
    void client.invalidateQueries({ queryKey: importKeys.cases });
    void client.invalidateQueries({ queryKey: importKeys.worklist });
    void client.invalidateQueries({ queryKey: importKeys.list });
  }, [finished, client]);
  return query;
}
