import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ComplaintOptions } from './types';

export function useComplaintOptions() {
  return useQuery({
    queryKey: queryKeys.complaints.options,
    queryFn: () => api<ComplaintOptions>('/complaints/options'),
    staleTime: 5 * 60_000,
  });
}
