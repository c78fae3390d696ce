import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useDeleteEvidence(id: string) {
  return useApiMutation({
    mutationFn: (fileId: string) => api(`/assessments/${id}/evidence/${fileId}`, { method: 'DELETE' }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.evidenceDeleted',
  });
}
