import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { type Pilot, type PilotInput, pilotKeys } from './types';

export function useCreatePilot(onDone?: () => void) {
  return useApiMutation({
    mutationFn: (body: PilotInput) => api<Pilot>('/pilots', { body }),
    invalidate: [pilotKeys.all],
    successMessage: 'pilots.created',
    onSuccess: () => onDone?.(),
  });
}
