import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { figureKeys } from './figure-keys';
import type { FigureCasesPage, FigureCasesParams } from './types';

/** The cases behind a figure, 50 per page. */
export function useFigureCases(params: FigureCasesParams) {
  return useQuery({
    queryKey: figureKeys.cases(params),
    queryFn: () =>
      api<FigureCasesPage>('/figures/cases', {
        query: {
          from: params.from,
          to: params.to,
          promiseKey: params.promiseKey,
          outcome: params.outcome,
          organizationId: params.organizationId,
          page: params.page,
        },
      }),
    placeholderData: keepPreviousData,
  });
}
