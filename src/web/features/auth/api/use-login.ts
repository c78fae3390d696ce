import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Me } from '../../../lib/session';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api<Me>('/auth/login', { body }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.setQueryData(queryKeys.me, me);
    },
  });
}
