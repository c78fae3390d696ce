import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';
import type { ActionInput, ActionStatus } from './types';

export type ActionChange = Partial<ActionInput> & { status?: ActionStatus; completionNote?: string | null };

export function useUpdateAction() {
  return useApiMutation({
    mutationFn: ({ actionId, body }: { actionId: string; body: ActionChange }) =>
      api<{ ok: true }>(`/corrective-actions/${actionId}`, { method: 'PATCH', body }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.actionUpdated',
  });
}
