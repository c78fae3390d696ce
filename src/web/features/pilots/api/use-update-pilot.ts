import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { type Pilot, type PilotInput, pilotKeys } from './types';

/** Replaces a pilot's record; deactivating is an update with `active: false` (cases keep their pilot). */
export function useUpdatePilot(onDone?: () => void) {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: PilotInput }) => api<Pilot>(`/pilots/${id}`, { method: 'PUT', body }),
    invalidate: [pilotKeys.all],
    successMessage: 'pilots.saved',
    onSuccess: () => onDone?.(),
  });
}
