import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { figureKeys } from './figure-keys';
import type { DistrictFiguresView, FiguresParams } from './types';

/** District staff: the whole district, or one administration of it (organizationId). */
export function useDistrictFigures(params: FiguresParams, enabled = true) {
  return useQuery({
    queryKey: figureKeys.district(params),
    queryFn: () =>
      api<DistrictFiguresView>('/figures/district', {
        query: { from: params.from, to: params.to, granularity: params.granularity, organizationId: params.organizationId },
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
