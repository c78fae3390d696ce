import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export type ApplyBody = { certifierId: string; schemeId: string; message: string; contactPhone?: string };

export function useApply(onCreated: (id: string) => void) {
  return useApiMutation({
    mutationFn: (body: ApplyBody) => api<{ id: string }>('/assessments', { body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.applied',
    onSuccess: (res) => onCreated(res.id),
  });
}
