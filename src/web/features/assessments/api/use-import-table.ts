import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useApiMutation } from '../../../lib/use-api-mutation';
export type TableImportResult = { imported: number; errors: { row?: number; message: string }[] };

export function useImportTable(id: string) {
  return useApiMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<TableImportResult>(`/assessments/${id}/documentation-table.xlsx`, { form });
    },
    invalidate: [queryKeys.assessments.all],
    successMessage: 'assessments.notify.tableImported',
  });
}
