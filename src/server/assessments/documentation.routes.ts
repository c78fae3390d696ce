import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { PayloadTooLargeError, ValidationError } from '../http/errors.js';
import { documentationBody, evidenceView } from './assessment.schemas.js';
import { idParams } from './assessment.routes.js';
import type { DocumentationService } from './documentation.service.js';

const tags = ['documentation'];
const criterionParams = idParams.extend({ criterionId: z.string().min(1).max(100) });
const fileParams = idParams.extend({ fileId: z.uuid() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the single file of a multipart request; the size limit is enforced while streaming. */
async function singleFile(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new ValidationError('Send the file as multipart/form-data in a field named "file"');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new ValidationError('The request holds no file; send it in a field named "file"');
  const content = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE')
      throw new PayloadTooLargeError(`The file "${part.filename}" is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
    throw err;
  });
  return { fileName: part.filename, mediaType: part.mimetype, content };
}

export function documentationRoutes(service: DocumentationService, maxUploadBytes: number) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.put(
      '/assessments/:id/criteria/:criterionId/documentation',
      {
        schema: {
          tags,
          summary: 'Step 3: the municipality explains a criterion and adds links',
          params: criterionParams,
          body: documentationBody,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.save(actorOf(request), request.params.id, request.params.criterionId, request.body);
        return { ok: true as const };
      },
    );

    r.post(
      '/assessments/:id/criteria/:criterionId/evidence',
      {
        schema: {
          tags,
          summary: 'Upload an evidence file (PDF, PNG, JPEG, WebP) for a criterion, as multipart field "file"',
          consumes: ['multipart/form-data'],
          params: criterionParams,
          response: { 201: evidenceView, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const file = await singleFile(request, maxUploadBytes);
        return reply.code(201).send(await service.uploadEvidence(actorOf(request), request.params.id, request.params.criterionId, file));
      },
    );

    r.get(
      '/assessments/:id/evidence/:fileId',
      { schema: { tags, summary: 'Download an evidence file', params: fileParams } },
      async (request, reply) => {
        const file = await service.downloadEvidence(actorOf(request), request.params.id, request.params.fileId);
        return sendAttachment(reply, file.mediaType, file);
      },
    );

    r.delete(
      '/assessments/:id/evidence/:fileId',
      { schema: { tags, summary: 'Remove an evidence file', params: fileParams, response: { 200: okResponse, ...errorResponses } } },
      async (request) => {
        await service.deleteEvidence(actorOf(request), request.params.id, request.params.fileId);
        return { ok: true as const };
      },
    );

    r.get(
      '/assessments/:id/documentation-table.xlsx',
      { schema: { tags, summary: 'Step 2/3: the documentation table as XLSX, generated from the catalog version', params: idParams } },
      async (request, reply) => {
        return sendAttachment(reply, XLSX, await service.table(actorOf(request), request.params.id));
      },
    );

    r.post(
      '/assessments/:id/documentation-table.xlsx',
      {
        schema: {
          tags,
          summary: 'Upload the filled documentation table; good rows are saved, bad rows reported by row number',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: {
            200: z.object({
              imported: z.number().int(),
              errors: z.array(z.object({ row: z.number().int().optional(), message: z.string() })),
            }),
            ...errorResponses,
            413: errorResponses[400],
          },
        },
      },
      async (request) => {
        const file = await singleFile(request, maxUploadBytes);
        return service.importTable(actorOf(request), request.params.id, file.content);
      },
    );
  };
}
