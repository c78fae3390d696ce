import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ComplaintFields } from './types';

export type PublicComplaintBody = ComplaintFields & { formToken: string; website: string };

/** The page shows its own German messages for the spam checks, so no generic notification here. */
export function useSubmitPublicComplaint(organizationId: string) {
  return useMutation({
    mutationFn: (body: PublicComplaintBody) => api<{ number: string }>(`/public/administrations/${organizationId}/complaints`, { body }),
  });
}
