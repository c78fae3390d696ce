import { useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { worklistKeys } from './query-keys';
import type { CallbackContact } from './types';

/**
 * Name, phone and preferred time of each open callback. The worklist's list items carry no
 * contact data, so each callback's case is read once (callbacks are few and short-lived).
 */
export function useCallbackContacts(caseIds: string[]): Map<string, CallbackContact> {
  const results = useQueries({
    queries: caseIds.map((id) => ({
      queryKey: worklistKeys.contact(id),
      queryFn: async (): Promise<CallbackContact> => {
        const c = await api<CallbackContact>(`/cases/${id}`);
        return { id: c.id, contactName: c.contactName, contactPhone: c.contactPhone, contactEmail: c.contactEmail, details: c.details };
      },
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}
