import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';

export function useRespondToFinding() {
  return useApiMutation({
    mutationFn: ({ findingId, response }: { findingId: string; response: string }) =>
      api<{ ok: true }>(`/findings/${findingId}/response`, { body: { response } }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.answered',
  });
}
