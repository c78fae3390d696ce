import type { z } from 'zod';
import type { delayNoticeBody } from '../../../../server/cases/case.schemas';
import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { caseKeys } from './query-keys';
import type { CaseDetail } from './types';

export type DelayNoticeBody = z.input<typeof delayNoticeBody>;

/** Promise 10: the business hears about a delay; by e-mail the notice goes through the outbox. */
export function useSendDelayNotice(id: string, onDone?: () => void) {
  return useApiMutation({
    mutationFn: (body: DelayNoticeBody) => api<CaseDetail>(`/cases/${id}/delay-notice`, { body }),
    invalidate: [caseKeys.all, caseKeys.worklist, caseKeys.outbox],
    successMessage: 'cases.notify.delayNoticeSent',
    onSuccess: () => onDone?.(),
  });
}
