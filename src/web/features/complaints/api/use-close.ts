import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export type CloseBody = { satisfaction?: number; rootCause?: string; correctiveAction?: string };

export function useCloseComplaint(id: string) {
  return useApiMutation({
    mutationFn: (body: CloseBody) => api<ComplaintDetail>(`/complaints/${id}/close`, { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.closed',
  });
}
