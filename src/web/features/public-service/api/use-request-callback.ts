import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CallbackReceipt, CallbackRequest } from './types';

/** Promise 9: asks the administration for a callback; errors are shown in the form itself. */
export function useRequestCallback(organizationId: string) {
  return useMutation<CallbackReceipt, Error, CallbackRequest>({
    mutationFn: (body) => api<CallbackReceipt>(`/public/administrations/${organizationId}/callbacks`, { body }),
  });
}
