import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DeadlineUnit } from '../../../lib/service-terms';

export type DeadlineQuery = { region: string; start: string; amount: string; unit: DeadlineUnit };
export type DeadlineAnswer = { region: string; start: string; amount: number; unit: DeadlineUnit; due: string };

/**
 * The due date the public calculator answers; runs once the form was sent (`query` set).
 * The amount goes as typed, so the server's validation speaks about it.
 */
export function useDeadline(query: DeadlineQuery | null) {
  return useQuery({
    queryKey: ['deadline', query] as const,
    queryFn: () => api<DeadlineAnswer>('/deadlines', { query: query! }),
    enabled: query !== null,
    staleTime: Infinity,
  });
}
