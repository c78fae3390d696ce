import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export type InvestigateBody = { investigation: string };

export function useInvestigate(id: string) {
  return useApiMutation({
    mutationFn: (body: InvestigateBody) => api<ComplaintDetail>(`/complaints/${id}/investigate`, { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.investigated',
  });
}
