import { useQuery } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './api-client';
import { queryKeys } from './query-keys';

export type Role = 'certifier_admin' | 'auditor' | 'municipality_admin' | 'municipality_member' | 'platform_admin';

export type Me = {
  user: { id: string; email: string; displayName: string; role: Role; locale: 'de' | 'en' };
  organization: { id: string; name: string; kind: 'platform' | 'certifier' | 'district' | 'municipality' };
  csrfToken: string;
};

/** The logged-in user, or null when logged out (401). */
export function useSession() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api<Me>('/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export const isCertifierRole = (role: Role | undefined) => role === 'certifier_admin' || role === 'auditor';
export const isMunicipalityRole = (role: Role | undefined) => role === 'municipality_admin' || role === 'municipality_member';
