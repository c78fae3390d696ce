import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { qualityRepKeys } from './quality-rep-keys';
import type { QualityRepInput } from './types';

export function useAddQualityRep() {
  return useApiMutation({
    mutationFn: (body: QualityRepInput) => api<{ id: string }>('/quality-representatives', { body }),
    invalidate: [qualityRepKeys.own],
    successMessage: 'qualityReps.notify.added',
  });
}
