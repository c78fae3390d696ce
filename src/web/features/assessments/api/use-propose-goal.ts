import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useProposeGoal(id: string) {
  return useApiMutation({
    mutationFn: (body: { title: string; description: string; targetDate?: string | null }) =>
      api<{ id: string }>(`/assessments/${id}/development-goals`, { body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.goalProposed',
  });
}
