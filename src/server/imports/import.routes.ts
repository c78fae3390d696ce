import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import { errorResponses } from '../http/common.schemas.js';
import { PayloadTooLargeError, ValidationError } from '../http/errors.js';
import { templateCsv } from './import-columns.js';
import { importDetail, importListItem, importListQuery } from './import.schemas.js';
import type { ImportService } from './import.service.js';

const tags = ['case imports'];
const promiseKeyField = z.string().trim().min(1).max(63);

/** The file and the optional "promiseKey" field of a multipart upload, in either order; the size limit holds while streaming. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new ValidationError('Die Datei bitte als multipart/form-data im Feld „file“ senden');
  let file: { fileName: string; content: Buffer } | undefined;
  let promiseKey: string | undefined;
  for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5 } })) {
    if (part.type === 'file') {
      const content = await part.toBuffer().catch((err: { code?: string }) => {
        if (err.code === 'FST_REQ_FILE_TOO_LARGE')
          throw new PayloadTooLargeError(`Die Datei „${part.filename}“ ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB`);
        throw err;
      });
      file = { fileName: part.filename, content };
    } else if (part.fieldname === 'promiseKey' && typeof part.value === 'string' && part.value.trim()) {
      const parsed = promiseKeyField.safeParse(part.value);
      if (!parsed.success) throw new ValidationError('promiseKey: höchstens 63 Zeichen');
      promiseKey = parsed.data;
    }
  }
  if (!file) throw new ValidationError('Die Anfrage enthält keine Datei; bitte im Feld „file“ senden');
  return { file, promiseKey };
}

export function importRoutes(service: ImportService, maxUploadBytes: number) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/cases/imports',
      {
        schema: {
          tags,
          summary:
            'Upload cases as CSV, XLSX or XGewerbeanzeige XML (multipart "file", optional "promiseKey"); checked at once, imported by a background job',
          consumes: ['multipart/form-data'],
          response: { 202: z.object({ id: z.uuid() }), ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const { file, promiseKey } = await readUpload(request, maxUploadBytes);
        return reply.code(202).send(await service.upload(actorOf(request), file, { promiseKey }));
      },
    );

    r.get(
      '/cases/imports',
      {
        schema: {
          tags,
          summary: 'Imports of my administration, newest first',
          querystring: importListQuery,
          response: { 200: z.object({ items: z.array(importListItem) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await service.list(actorOf(request), request.query.limit) }),
    );

    r.get(
      '/cases/imports/template.csv',
      { schema: { tags, summary: 'A CSV template with the import columns and one example row' } },
      async (_request, reply) =>
        sendAttachment(reply, 'text/csv; charset=utf-8', { fileName: 'Vorlage-Fallimport.csv', content: templateCsv() }),
    );

    r.get(
      '/cases/imports/:id',
      {
        schema: {
          tags,
          summary: 'Status, progress and row errors of one import',
          params: z.object({ id: z.uuid() }),
          response: { 200: importDetail, ...errorResponses },
        },
      },
      async (request) => service.detail(actorOf(request), request.params.id),
    );
  };
}
