import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { auditPlanKeys } from './audit-plan-keys';
import type { SlotInput } from './types';

export function useUpdateSlot(assessmentId: string) {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: SlotInput }) => api(`/audit-plan-items/${id}`, { method: 'PUT', body }),
    invalidate: [auditPlanKeys.plan(assessmentId)],
    successMessage: 'auditPlans.notify.saved',
  });
}
