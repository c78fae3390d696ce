import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { auditPlanKeys } from './audit-plan-keys';
import type { SlotInput } from './types';

export function useAddSlot(assessmentId: string) {
  return useApiMutation({
    mutationFn: (body: SlotInput) => api<{ id: string }>(`/assessments/${assessmentId}/audit-plan`, { body }),
    invalidate: [auditPlanKeys.plan(assessmentId)],
    successMessage: 'auditPlans.notify.added',
  });
}
