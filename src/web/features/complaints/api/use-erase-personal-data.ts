import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export function useErasePersonalData(id: string, onDone: () => void) {
  return useApiMutation({
    mutationFn: () => api<ComplaintDetail>(`/complaints/${id}/erase-personal-data`, { method: 'POST' }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.erased',
    onSuccess: onDone,
  });
}
