import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useRelease(id: string) {
  return useApiMutation({
    mutationFn: (body: { phoneCallAt: string; phoneCallWith: string; nextSteps?: string | null }) =>
      api<{ status: 'passed' | 'failed'; certificateId: string | null }>(`/assessments/${id}/release`, { body }),
    invalidate: [queryKeys.assessments.all, queryKeys.certificates.all, ['audit-events']],
    successMessage: 'assessments.notify.released',
  });
}
