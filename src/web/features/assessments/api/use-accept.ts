import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useAccept(id: string) {
  return useApiMutation({
    mutationFn: (body: { documentationDueOn: string; meetingPlannedAt?: string | null; meetingLocation?: string | null }) =>
      api(`/assessments/${id}/accept`, { body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.accepted',
  });
}
