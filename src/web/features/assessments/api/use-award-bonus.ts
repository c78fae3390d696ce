import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useAwardBonus(id: string) {
  return useApiMutation({
    mutationFn: (vars: { projectId: string; pointsAwarded: number | null }) =>
      api(`/assessments/${id}/bonus-projects/${vars.projectId}/points`, { method: 'PUT', body: { pointsAwarded: vars.pointsAwarded } }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.bonusAwarded',
  });
}
