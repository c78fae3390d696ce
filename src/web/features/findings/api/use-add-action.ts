import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';
import type { ActionInput } from './types';

export function useAddAction() {
  return useApiMutation({
    mutationFn: ({ findingId, body }: { findingId: string; body: ActionInput }) =>
      api<{ id: string }>(`/findings/${findingId}/actions`, { body }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.actionAdded',
  });
}
