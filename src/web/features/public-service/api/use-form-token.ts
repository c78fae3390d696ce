import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys } from './types';

/**
 * A fresh spam-protection token each time a public form opens; the server accepts it
 * between 3 seconds and 24 hours after it was issued (`dataUpdatedAt` tells when).
 */
export function useFormToken(scope: string) {
  return useQuery({
    queryKey: publicServiceKeys.formToken(scope),
    queryFn: () => api<{ token: string }>('/public/form-token'),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
  });
}
