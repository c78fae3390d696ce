import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { MeasuredEvidence } from './types';

/** Snapshots the figures of the matching service promises onto their criteria. */
export function useAttachMeasuredEvidence(id: string) {
  return useApiMutation({
    mutationFn: (vars: { periodFrom: string; periodTo: string }) =>
      api<{ items: MeasuredEvidence[] }>(`/assessments/${id}/measured-evidence`, { body: vars }),
    invalidate: [queryKeys.assessments.detail(id)],
    successMessage: 'figures.evidence.attached',
  });
}
