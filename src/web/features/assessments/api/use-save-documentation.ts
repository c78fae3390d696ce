import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useSaveDocumentation(id: string) {
  return useApiMutation({
    mutationFn: (vars: { criterionId: string; explanation: string; links: string[] }) =>
      api(`/assessments/${id}/criteria/${encodeURIComponent(vars.criterionId)}/documentation`, {
        method: 'PUT',
        body: { explanation: vars.explanation, links: vars.links },
      }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.documentationSaved',
  });
}
