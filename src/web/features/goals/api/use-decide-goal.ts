import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { goalKeys } from './goal-keys';

/** The certifier's decision; a confirmed goal changes the next round's live result, so assessments refresh too. */
export function useDecideGoal(goalId: string) {
  return useApiMutation({
    mutationFn: (status: 'reached' | 'missed') => api(`/goals/${goalId}/decision`, { body: { status } }),
    invalidate: [goalKeys.all, queryKeys.assessments.all, ['audit-events']],
    successMessage: 'goals.notify.decided',
  });
}
