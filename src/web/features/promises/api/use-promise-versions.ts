import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { promiseKeys, type ServicePromise } from './types';

/** Every version of a promise, newest first. */
export function usePromiseVersions(id: string) {
  return useQuery({ queryKey: promiseKeys.versions(id), queryFn: () => api<{ items: ServicePromise[] }>(`/promises/${id}/versions`) });
}
