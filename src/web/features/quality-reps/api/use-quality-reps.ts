import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { qualityRepKeys } from './quality-rep-keys';
import type { QualityRepList } from './types';

export function useQualityReps() {
  return useQuery({ queryKey: qualityRepKeys.own, queryFn: () => api<QualityRepList>('/quality-representatives') });
}
