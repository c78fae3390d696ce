import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { figureKeys } from './figure-keys';
import type { FiguresParams, FiguresView } from './types';

/** The figures of the caller's own administration. */
export function useFigures(params: FiguresParams, enabled = true) {
  return useQuery({
    queryKey: figureKeys.administration(params),
    queryFn: () => api<FiguresView>('/figures', { query: { from: params.from, to: params.to, granularity: params.granularity } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
