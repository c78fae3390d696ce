import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Benchmark } from './types';

export function useMaturityBenchmark(assessmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.maturity.benchmark(assessmentId),
    queryFn: () => api<Benchmark>(`/assessments/${assessmentId}/maturity/benchmark`),
    enabled,
  });
}
