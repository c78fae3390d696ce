import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { findingKeys } from './finding-keys';
import type { Effectiveness } from './types';

export function useCheckEffectiveness() {
  return useApiMutation({
    mutationFn: ({ actionId, effectiveness, note }: { actionId: string; effectiveness: Effectiveness; note: string }) =>
      api<{ ok: true }>(`/corrective-actions/${actionId}/effectiveness`, { body: { effectiveness, note } }),
    invalidate: findingKeys.affected,
    successMessage: 'findings.notify.effectivenessChecked',
  });
}
