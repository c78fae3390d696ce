import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { OnlineServiceInput } from './types';

export function useUpdateOnlineService(assessmentId: string, onDone: () => void) {
  return useApiMutation({
    mutationFn: (vars: { id: string; body: OnlineServiceInput }) =>
      api(`/assessments/${assessmentId}/online-services/${vars.id}`, { method: 'PUT', body: vars.body }),
    invalidate: [queryKeys.maturity.all(assessmentId)],
    successMessage: 'maturity.notify.serviceSaved',
    onSuccess: onDone,
  });
}
