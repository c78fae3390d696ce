import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Localized } from '../../../lib/format';
import { queryKeys } from '../../../lib/query-keys';

export type RegistryEntry = {
  municipality: string;
  district: string | null;
  state: string | null;
  certifier: string;
  schemeId: string;
  scheme: Localized;
  validFrom: string;
  validUntil: string;
  status: 'valid' | 'suspended';
};

export function useRegistry() {
  return useQuery({
    queryKey: queryKeys.registry,
    queryFn: () => api<{ items: RegistryEntry[]; asOf: string }>('/public/registry'),
  });
}
