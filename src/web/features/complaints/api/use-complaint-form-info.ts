import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ComplaintFormInfo } from './types';

export function useComplaintFormInfo(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.complaints.formInfo(organizationId),
    queryFn: () => api<ComplaintFormInfo>(`/public/administrations/${organizationId}/complaint-form`),
    retry: false,
  });
}
