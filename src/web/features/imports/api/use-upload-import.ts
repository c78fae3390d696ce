import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { importKeys } from './query-keys';

export function useUploadImport(onQueued: (id: string) => void) {
  return useApiMutation({
    mutationFn: (vars: { file: File; promiseKey: string | null }) => {
      const form = new FormData();
      // the field first: the server reads the parts in order
      if (vars.promiseKey) form.append('promiseKey', vars.promiseKey);
      form.append('file', vars.file);
      return api<{ id: string }>('/cases/imports', { form });
    },
    invalidate: [importKeys.list],
    successMessage: 'imports.notify.queued',
    onSuccess: (res) => onQueued(res.id),
  });
}
