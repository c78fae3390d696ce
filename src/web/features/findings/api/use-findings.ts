import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { findingKeys } from './finding-keys';
import type { FindingsView } from './types';

export function useFindings(assessmentId: string) {
  return useQuery({ queryKey: findingKeys.list(assessmentId), queryFn: () => api<FindingsView>(`/assessments/${assessmentId}/findings`) });
}
