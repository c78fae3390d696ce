import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useSubmitSelfAssessment(assessmentId: string, onDone: () => void) {
  return useApiMutation({
    mutationFn: () => api(`/assessments/${assessmentId}/self-assessment/submit`, { method: 'POST' }),
    invalidate: [queryKeys.maturity.all(assessmentId), ['audit-events']],
    successMessage: 'maturity.notify.selfSubmitted',
    onSuccess: onDone,
  });
}
