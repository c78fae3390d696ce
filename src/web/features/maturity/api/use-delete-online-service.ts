import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useDeleteOnlineService(assessmentId: string) {
  return useApiMutation({
    mutationFn: (id: string) => api(`/assessments/${assessmentId}/online-services/${id}`, { method: 'DELETE' }),
    invalidate: [queryKeys.maturity.all(assessmentId)],
    successMessage: 'maturity.notify.serviceDeleted',
  });
}
