import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export type CommunicateBody = { channel: 'email' | 'letter' | 'phone' | 'in_person' | 'not_reachable' };

export function useCommunicateDecision(id: string) {
  return useApiMutation({
    mutationFn: (body: CommunicateBody) => api<ComplaintDetail>(`/complaints/${id}/communicate-decision`, { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.communicated',
  });
}
