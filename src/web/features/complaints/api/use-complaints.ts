import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ComplaintPage, ListFilter } from './types';

export const PAGE_SIZE = 25;

export function useComplaints(filter: ListFilter) {
  return useQuery({
    queryKey: queryKeys.complaints.list(filter),
    queryFn: () =>
      api<ComplaintPage>('/complaints', {
        query: {
          status: filter.status,
          type: filter.type,
          overdue: filter.overdue ? 'true' : undefined,
          promiseId: filter.promiseId,
          page: filter.page,
          pageSize: PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
}
