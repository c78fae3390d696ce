import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { type PromiseInput, promiseKeys, type ServicePromise } from './types';

/** Stores the change as the promise's next version; running cases keep the version they started with. */
export function useUpdatePromise(id: string, onDone: () => void) {
  return useApiMutation({
    mutationFn: (body: PromiseInput) => api<ServicePromise>(`/promises/${id}`, { method: 'PUT', body }),
    invalidate: [promiseKeys.all],
    successMessage: 'promises.saved',
    onSuccess: onDone,
  });
}
