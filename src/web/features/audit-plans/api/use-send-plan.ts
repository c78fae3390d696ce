import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { auditPlanKeys } from './audit-plan-keys';

export function useSendPlan(assessmentId: string) {
  return useApiMutation({
    mutationFn: () => api<{ sentAt: string; recipients: string[] }>(`/assessments/${assessmentId}/audit-plan/send`, { method: 'POST' }),
    invalidate: [auditPlanKeys.plan(assessmentId), ['audit-events']],
    successMessage: 'auditPlans.notify.sent',
  });
}
