export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';
export type ImportFormat = 'csv' | 'xlsx' | 'xgewerbe';

/** GET /cases/imports (one item) */
export type ImportListItem = {
  id: string;
  format: ImportFormat;
  fileName: string;
  status: ImportStatus;
  promiseKey: string | null;
  promiseTitle: string | null;
  totalRows: number | null;
  processedRows: number;
  createdCount: number;
  duplicateCount: number;
  errorCount: number;
  failureMessage: string | null;
  createdByName: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

/** GET /cases/imports/:id */
export type ImportDetail = ImportListItem & { errors: { line: number; message: string }[]; moreErrors: number };

export type PromiseOption = { id: string; key: string; number: number | null; title: string; area: string };

export const isUnfinished = (status: ImportStatus) => status === 'queued' || status === 'running';
