import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail } from './types';

export type RespondBody = { response: string };

export function useRespond(id: string) {
  return useApiMutation({
    mutationFn: (body: RespondBody) => api<ComplaintDetail>(`/complaints/${id}/respond`, { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.responded',
  });
}
