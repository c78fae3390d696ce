import { z } from 'zod';
import { IMPORT_FORMATS, IMPORT_STATUSES } from '../db/schema.js';

export const importListItem = z.object({
  id: z.uuid(),
  format: z.enum(IMPORT_FORMATS),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  promiseKey: z.string().nullable().describe('the default promise for rows that name none'),
  promiseTitle: z.string().nullable(),
  totalRows: z.number().int().nullable().describe('known once the worker has counted the file'),
  processedRows: z.number().int(),
  createdCount: z.number().int(),
  duplicateCount: z.number().int().describe('rows whose case exists already (same external id, file number or content)'),
  errorCount: z.number().int(),
  failureMessage: z.string().nullable().describe('why the rest of the file could not be read'),
  createdByName: z.string(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

export const importDetail = importListItem.extend({
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })).describe('the first 1,000 row errors, in file order'),
  moreErrors: z.number().int().describe('row errors beyond the stored ones'),
});

export const importListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
