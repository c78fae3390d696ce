import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditPlanKeys } from './audit-plan-keys';
import type { AuditPlan } from './types';

export function useAuditPlan(assessmentId: string) {
  return useQuery({ queryKey: auditPlanKeys.plan(assessmentId), queryFn: () => api<AuditPlan>(`/assessments/${assessmentId}/audit-plan`) });
}
