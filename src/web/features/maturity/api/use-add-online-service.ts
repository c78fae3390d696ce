import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { OnlineServiceInput } from './types';

export function useAddOnlineService(assessmentId: string, onDone: () => void) {
  return useApiMutation({
    mutationFn: (body: OnlineServiceInput) => api<{ id: string }>(`/assessments/${assessmentId}/online-services`, { body }),
    invalidate: [queryKeys.maturity.all(assessmentId)],
    successMessage: 'maturity.notify.serviceSaved',
    onSuccess: onDone,
  });
}
