import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export function useStartAudit(certificateId: string, onStarted: (assessmentId: string) => void) {
  return useApiMutation({
    mutationFn: (vars: { auditId: string; documentationDueOn?: string | undefined }) =>
      api<{ assessmentId: string }>(`/certificates/${certificateId}/audits/${vars.auditId}/start`, {
        body: { ...(vars.documentationDueOn && { documentationDueOn: vars.documentationDueOn }) },
      }),
    invalidate: [queryKeys.certificates.all, queryKeys.assessments.all],
    successMessage: 'certificateCycle.notify.started',
    onSuccess: (r) => onStarted(r.assessmentId),
  });
}
