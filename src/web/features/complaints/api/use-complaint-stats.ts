import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ComplaintStats } from './types';

export function useComplaintStats(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.complaints.stats(from, to),
    queryFn: () => api<ComplaintStats>('/complaints/stats', { query: { from, to } }),
  });
}
