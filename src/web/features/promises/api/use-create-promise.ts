import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { type PromiseInput, promiseKeys, type ServicePromise } from './types';

export function useCreatePromise(onDone: () => void) {
  return useApiMutation({
    mutationFn: (body: PromiseInput) => api<ServicePromise>('/promises', { body }),
    invalidate: [promiseKeys.all],
    successMessage: 'promises.created',
    onSuccess: onDone,
  });
}
