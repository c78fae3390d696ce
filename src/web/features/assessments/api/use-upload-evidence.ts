import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { Evidence } from './types';

export function useUploadEvidence(id: string) {
  return useApiMutation({
    mutationFn: (vars: { criterionId: string; file: File }) => {
      const form = new FormData();
      form.append('file', vars.file);
      return api<Evidence>(`/assessments/${id}/criteria/${encodeURIComponent(vars.criterionId)}/evidence`, { form });
    },
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.evidenceUploaded',
  });
}
