import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';

export type RecordContactBody = {
  municipalityId: string;
  schemeId: string;
  message: string;
  receivedAt?: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
};

export function useRecordContact(onCreated: (id: string) => void) {
  return useApiMutation({
    mutationFn: (body: RecordContactBody) => api<{ id: string }>('/assessments/contacts', { body }),
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.contactRecorded',
    onSuccess: (res) => onCreated(res.id),
  });
}
