import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { promiseKeys } from './types';

/** Withdraws a promise: no new cases under it; its cases and figures stay. */
export function useWithdrawPromise(onDone: () => void) {
  return useApiMutation({
    mutationFn: (id: string) => api<{ ok: true }>(`/promises/${id}`, { method: 'DELETE' }),
    invalidate: [promiseKeys.all],
    successMessage: 'promises.withdrawn',
    onSuccess: onDone,
  });
}
