import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { goalKeys } from './goal-keys';
import type { ProgressInput } from './types';

export function useAddProgress(goalId: string) {
  return useApiMutation({
    mutationFn: (body: ProgressInput) => api<{ id: string }>(`/goals/${goalId}/progress`, { body }),
    invalidate: [goalKeys.all],
    successMessage: 'goals.notify.progress',
  });
}
