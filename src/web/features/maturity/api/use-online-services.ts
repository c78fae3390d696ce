import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { OnlineServiceList } from './types';

export function useOnlineServices(assessmentId: string) {
  return useQuery({
    queryKey: queryKeys.maturity.onlineServices(assessmentId),
    queryFn: () => api<OnlineServiceList>(`/assessments/${assessmentId}/online-services`),
  });
}
