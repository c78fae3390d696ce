import { queryKeys } from '../../../lib/query-keys';

// Under the assessment's detail key: whatever refreshes the assessment refreshes its plan.
export const auditPlanKeys = {
  plan: (assessmentId: string) => [...queryKeys.assessments.detail(assessmentId), 'audit-plan'] as const,
  recipients: (assessmentId: string) => [...queryKeys.assessments.detail(assessmentId), 'quality-representatives'] as const,
};
