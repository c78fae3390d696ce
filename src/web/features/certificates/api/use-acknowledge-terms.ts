import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useAcknowledgeTerms(id: string) {
  return useApiMutation({
    mutationFn: () => api(`/certificates/${id}/terms-acknowledgement`, { method: 'POST' }),
    invalidate: [queryKeys.certificates.all],
    successMessage: 'certificates.termsAcknowledged',
  });
}
