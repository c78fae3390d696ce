import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
export type ScoreBody = {
  notApplicable: boolean;
  points?: number | null;
  grade?: 1 | 2 | 3 | null;
  deviationRate?: number | null;
  maturityLevel?: number | null;
  conformity?: 'conform' | 'observation' | 'improvement' | 'minor' | 'major' | null;
  comment?: string | null;
};

export function useScoreCriterion(id: string) {
  return useApiMutation({
    mutationFn: (vars: { criterionId: string; score: ScoreBody }) =>
      api(`/assessments/${id}/criteria/${encodeURIComponent(vars.criterionId)}/score`, { method: 'PUT', body: vars.score }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.scoreSaved',
  });
}
