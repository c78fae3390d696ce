import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';
import type { FindingInput } from './types';

export function useUpdateFinding() {
  return useApiMutation({
    mutationFn: ({ findingId, body }: { findingId: string; body: Partial<FindingInput> }) =>
      api<{ ok: true }>(`/findings/${findingId}`, { method: 'PATCH', body }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.updated',
  });
}
