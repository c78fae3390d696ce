import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useCheckOnlineService(assessmentId: string, onDone: () => void) {
  return useApiMutation({
    mutationFn: (vars: { id: string; checkedLevel: number; note: string }) =>
      api(`/assessments/${assessmentId}/online-services/${vars.id}/check`, {
        method: 'PUT',
        body: { checkedLevel: vars.checkedLevel, note: vars.note },
      }),
    invalidate: [queryKeys.maturity.all(assessmentId), ['audit-events']],
    successMessage: 'maturity.notify.serviceChecked',
    onSuccess: onDone,
  });
}
