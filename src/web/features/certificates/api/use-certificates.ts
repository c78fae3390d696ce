import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Certificate } from './types';

export function useCertificates() {
  return useQuery({ queryKey: queryKeys.certificates.list(), queryFn: () => api<{ items: Certificate[] }>('/certificates') });
}
