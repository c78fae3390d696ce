import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys } from './cycle-keys';
import type { CertificateState, Overview } from './cycle-types';

export type OverviewFilter = { state?: CertificateState | undefined; dueBefore?: string | undefined; q?: string | undefined; page: number };

export function useCertificateOverview(filter: OverviewFilter) {
  return useQuery({
    queryKey: cycleKeys.overview(filter),
    queryFn: () =>
      api<Overview>('/certificates/overview', {
        query: { state: filter.state, dueBefore: filter.dueBefore || undefined, q: filter.q || undefined, page: filter.page, pageSize: 50 },
      }),
    placeholderData: keepPreviousData,
  });
}
