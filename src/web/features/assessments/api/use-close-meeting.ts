import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useCloseMeeting(id: string) {
  return useApiMutation({
    mutationFn: () => api(`/assessments/${id}/meeting/close`, { method: 'POST' }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.meetingClosed',
  });
}
