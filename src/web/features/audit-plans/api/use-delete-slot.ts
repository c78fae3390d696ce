import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { auditPlanKeys } from './audit-plan-keys';

export function useDeleteSlot(assessmentId: string) {
  return useApiMutation({
    mutationFn: (id: string) => api(`/audit-plan-items/${id}`, { method: 'DELETE' }),
    invalidate: [auditPlanKeys.plan(assessmentId)],
    successMessage: 'auditPlans.notify.deleted',
  });
}
