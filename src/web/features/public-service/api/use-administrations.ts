import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type AdministrationSummary, publicServiceKeys } from './types';

/** Administrations that publish service promises (public). */
export function useAdministrations() {
  return useQuery({
    queryKey: publicServiceKeys.administrations,
    queryFn: () => api<{ items: AdministrationSummary[] }>('/public/administrations'),
  });
}
