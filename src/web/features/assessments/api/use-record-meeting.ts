import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
import type { Attendee } from './types';

export type MeetingBody = {
  heldAt: string;
  location?: string | null;
  attendance: Attendee[];
  summary?: string | null;
  notes?: { criterionId: string; note: string }[];
};

export function useRecordMeeting(id: string) {
  return useApiMutation({
    mutationFn: (body: MeetingBody) => api(`/assessments/${id}/meeting`, { method: 'PUT', body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.meetingSaved',
  });
}
