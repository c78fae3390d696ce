import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { MaturityView } from './types';

export function useMaturity(assessmentId: string) {
  return useQuery({
    queryKey: queryKeys.maturity.view(assessmentId),
    queryFn: () => api<MaturityView>(`/assessments/${assessmentId}/maturity`),
  });
}
