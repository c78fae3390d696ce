import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { SelfAssessmentInput } from './types';

export function useSaveSelfAssessment(assessmentId: string) {
  return useApiMutation({
    mutationFn: (body: SelfAssessmentInput) => api(`/assessments/${assessmentId}/self-assessment`, { method: 'PUT', body }),
    invalidate: [queryKeys.maturity.all(assessmentId)],
    successMessage: 'maturity.notify.selfSaved',
  });
}
