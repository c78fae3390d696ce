import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { caseKeys } from './query-keys';
import type { CaseDetail } from './types';

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => api<CaseDetail>(`/cases/${id}`) });
}
