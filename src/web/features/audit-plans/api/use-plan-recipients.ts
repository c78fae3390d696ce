import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditPlanKeys } from './audit-plan-keys';
import type { Representative } from './types';

/** The municipality's quality representatives: who a sent plan reaches. */
export function usePlanRecipients(assessmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: auditPlanKeys.recipients(assessmentId),
    queryFn: () => api<{ items: Representative[] }>(`/assessments/${assessmentId}/quality-representatives`),
    select: (data) => data.items.filter((r) => r.active),
    enabled,
  });
}
