import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const deadlineRegionsKey = ['deadline-regions'] as const;

/** The holiday regions the calculator knows (public; the list changes only with a release). */
export function useDeadlineRegions() {
  return useQuery({ queryKey: deadlineRegionsKey, queryFn: () => api<{ items: string[] }>('/deadlines/regions'), staleTime: Infinity });
}
