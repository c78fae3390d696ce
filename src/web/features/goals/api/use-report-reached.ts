import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { goalKeys } from './goal-keys';
import type { ReachedInput } from './types';

export function useReportReached(goalId: string) {
  return useApiMutation({
    mutationFn: (body: ReachedInput) => api(`/goals/${goalId}/reached`, { body }),
    invalidate: [goalKeys.all],
    successMessage: 'goals.notify.reported',
  });
}
