import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { cycleKeys } from './cycle-keys';
import type { Cycle } from './cycle-types';

export function useCertificateCycle(id: string) {
  return useQuery({ queryKey: cycleKeys.cycle(id), queryFn: () => api<Cycle>(`/certificates/${id}/cycle`) });
}
