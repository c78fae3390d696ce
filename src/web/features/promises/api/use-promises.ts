import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { promiseKeys, type ServicePromise } from './types';

/** The current version of every promise of my administration (withdrawn ones are gone). */
export function usePromises() {
  return useQuery({ queryKey: promiseKeys.list(), queryFn: () => api<{ items: ServicePromise[] }>('/promises') });
}
