import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export type AssessBody = {
  type: 'complaint' | 'idea' | 'praise';
  severity: 'low' | 'medium' | 'high';
  assessment: string;
  assigneeUserId: string;
  responseDueOn: string;
};

export function useAssess(id: string) {
  return useApiMutation({
    mutationFn: (body: AssessBody) => api<ComplaintDetail>(`/complaints/${id}/assess`, { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.assessed',
  });
}
