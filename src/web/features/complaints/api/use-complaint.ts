import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ComplaintDetail } from './types';

export function useComplaint(id: string) {
  return useQuery({ queryKey: queryKeys.complaints.detail(id), queryFn: () => api<ComplaintDetail>(`/complaints/${id}`) });
}
