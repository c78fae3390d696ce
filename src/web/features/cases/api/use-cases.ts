import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { caseKeys } from './query-keys';
import type { CaseListItem, CaseState } from './types';

export type CaseListParams = { states: CaseState[]; promiseKey?: string; pilotId?: string; q?: string; page: number; pageSize: number };

export function useCases(params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: () =>
      api<{ items: CaseListItem[]; total: number; page: number; pageSize: number }>('/cases', {
        query: {
          state: params.states.length ? params.states.join(',') : undefined,
          promiseKey: params.promiseKey,
          pilotId: params.pilotId,
          q: params.q,
          page: params.page,
          pageSize: params.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
}
