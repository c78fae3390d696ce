import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useMarkKeyVisualSent(id: string) {
  return useApiMutation({
    mutationFn: () => api(`/certificates/${id}/key-visual`, { method: 'POST' }),
    invalidate: [queryKeys.certificates.all],
    successMessage: 'certificates.keyVisualMarked',
  });
}
