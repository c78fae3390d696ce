import type { z } from 'zod';
import type { caseEventBody } from '../../../../server/cases/case.schemas';
import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { caseKeys } from './query-keys';
import type { CaseDetail } from './types';

export type CaseEventBody = z.input<typeof caseEventBody>;

/** Pause, resume, fulfil, reopen, exclude, include or assign: one event appended to the case's log. */
export function useAddCaseEvent(id: string, onDone?: () => void) {
  return useApiMutation({
    mutationFn: (body: CaseEventBody) => api<CaseDetail>(`/cases/${id}/events`, { body }),
    invalidate: [caseKeys.all, caseKeys.worklist],
    successMessage: 'cases.notify.eventAdded',
    onSuccess: () => onDone?.(),
  });
}
