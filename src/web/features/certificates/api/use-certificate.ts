import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Certificate } from './types';

export function useCertificate(id: string) {
  return useQuery({ queryKey: queryKeys.certificates.detail(id), queryFn: () => api<Certificate>(`/certificates/${id}`) });
}
