import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';

export function useCloseFinding() {
  return useApiMutation({
    mutationFn: (findingId: string) => api<{ ok: true }>(`/findings/${findingId}/close`, { method: 'POST' }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.closed',
  });
}
