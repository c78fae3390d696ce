import { useMutation } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

/** Logs out and reloads the app on the login page, so no cached data of this user survives. */
export function useLogout() {
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      window.location.assign('/anmelden');
    },
  });
}
