import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { AssessmentListItem } from './types';

export function useAssessments() {
  return useQuery({ queryKey: queryKeys.assessments.list(), queryFn: () => api<{ items: AssessmentListItem[] }>('/assessments') });
}
