import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type Pilot, pilotKeys } from './types';

export function usePilots() {
  return useQuery({ queryKey: pilotKeys.all, queryFn: () => api<{ items: Pilot[] }>('/pilots') });
}
