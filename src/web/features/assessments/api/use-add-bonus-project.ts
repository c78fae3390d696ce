import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useAddBonusProject(id: string) {
  return useApiMutation({
    mutationFn: (body: { title: string; description: string }) => api<{ id: string }>(`/assessments/${id}/bonus-projects`, { body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.bonusProjectAdded',
  });
}
