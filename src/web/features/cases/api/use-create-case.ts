import type { z } from 'zod';
import type { createCaseBody } from '../../../../server/cases/case.schemas';
import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { caseKeys } from './query-keys';

export type CreateCaseBody = z.input<typeof createCaseBody>;

export function useCreateCase(onCreated: (id: string) => void) {
  return useApiMutation({
    mutationFn: (body: CreateCaseBody) => api<{ id: string }>('/cases', { body }),
    invalidate: [caseKeys.all, caseKeys.worklist],
    successMessage: 'cases.notify.created',
    onSuccess: (res) => onCreated(res.id),
  });
}
