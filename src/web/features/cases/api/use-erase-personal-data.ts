import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { caseKeys } from './query-keys';

/** GDPR: the business's contact data goes; dates and outcome stay in the figures. */
export function useErasePersonalData(id: string, onDone?: () => void) {
  return useApiMutation<void, { ok: true }>({
    mutationFn: () => api<{ ok: true }>(`/cases/${id}/erase-personal-data`, { method: 'POST' }),
    invalidate: [caseKeys.all, caseKeys.worklist],
    successMessage: 'cases.notify.erased',
    onSuccess: () => onDone?.(),
  });
}
