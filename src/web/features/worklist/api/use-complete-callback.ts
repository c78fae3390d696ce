import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { worklistKeys } from './query-keys';

/** The call was made: the callback case is fulfilled today. */
export function useCompleteCallback() {
  return useApiMutation({
    mutationFn: (caseId: string) => api(`/cases/${caseId}/events`, { body: { kind: 'fulfilled' } }),
    invalidate: [worklistKeys.all, worklistKeys.cases],
    successMessage: 'worklist.notify.callbackDone',
  });
}
