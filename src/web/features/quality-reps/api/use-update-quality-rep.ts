import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { qualityRepKeys } from './quality-rep-keys';
import type { QualityRepInput } from './types';

export function useUpdateQualityRep() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: QualityRepInput }) => api(`/quality-representatives/${id}`, { method: 'PUT', body }),
    invalidate: [qualityRepKeys.own],
    successMessage: 'qualityReps.notify.saved',
  });
}
