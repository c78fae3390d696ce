import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { ComplaintDetail, ComplaintFields } from './types';

export type CreateComplaintBody = ComplaintFields & { channel: 'phone' | 'letter' | 'email' | 'in_person'; receivedAt?: string };

export function useCreateComplaint(onCreated: (id: string) => void) {
  return useApiMutation({
    mutationFn: (body: CreateComplaintBody) => api<ComplaintDetail>('/complaints', { body }),
    invalidate: [queryKeys.complaints.all],
    successMessage: 'complaints.notify.created',
    onSuccess: (res) => onCreated(res.id),
  });
}
