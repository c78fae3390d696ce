import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Fetched once when the public form opens; the server accepts it 3 seconds to 24 hours later. */
export function useFormToken() {
  return useQuery({
    queryKey: queryKeys.formToken,
    queryFn: () => api<{ token: string }>('/public/form-token'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: 1,
  });
}
