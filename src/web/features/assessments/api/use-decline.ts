import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useDecline(id: string) {
  return useApiMutation({
    mutationFn: (body: { reason: string }) => api(`/assessments/${id}/decline`, { body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.declined',
  });
}
