import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { AssessmentDetail } from './types';

export function useAssessment(id: string) {
  return useQuery({ queryKey: queryKeys.assessments.detail(id), queryFn: () => api<AssessmentDetail>(`/assessments/${id}`) });
}
