import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export type AcknowledgeBody = { message?: string };

export function useAcknowledge(id: string) {
  return useApiMutation({
    mutationFn: (body: AcknowledgeBody) => api<ComplaintDetail>(`/complaints/${id}/acknowledge`, { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.acknowledged',
  });
}
