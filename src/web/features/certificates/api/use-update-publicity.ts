import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { PlaqueStatus } from './types';

export type PublicityBody = { handoverOn?: string | null; handoverForm?: string | null; plaqueStatus?: PlaqueStatus };

export function useUpdatePublicity(id: string) {
  return useApiMutation({
    mutationFn: (body: PublicityBody) => api(`/certificates/${id}/publicity`, { method: 'PATCH', body }),
    invalidate: [queryKeys.certificates.all],
    successMessage: 'certificates.publicitySaved',
  });
}
