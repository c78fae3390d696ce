import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useChangeStatus(certificateId: string) {
  return useApiMutation({
    mutationFn: (body: { status: 'valid' | 'suspended' | 'withdrawn'; reason: string }) =>
      api(`/certificates/${certificateId}/status`, { body }),
    invalidate: [queryKeys.certificates.all],
    successMessage: 'certificateCycle.notify.statusChanged',
  });
}
