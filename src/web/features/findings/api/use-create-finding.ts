import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';
import type { FindingInput } from './types';

export function useCreateFinding(assessmentId: string) {
  return useApiMutation({
    mutationFn: (body: FindingInput) => api<{ id: string }>(`/assessments/${assessmentId}/findings`, { body }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.recorded',
  });
}
