import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useDecideGoal(id: string) {
  return useApiMutation({
    mutationFn: (vars: { goalId: string; status: 'proposed' | 'agreed' | 'rejected' }) =>
      api(`/assessments/${id}/development-goals/${vars.goalId}`, { method: 'PATCH', body: { status: vars.status } }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.goalDecided',
  });
}
