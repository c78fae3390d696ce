import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useOpenNewRound(id: string) {
  return useApiMutation({
    mutationFn: () => api<{ id: string }>(`/assessments/${id}/rounds`, { method: 'POST' }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.newRound',
  });
}
