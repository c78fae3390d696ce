import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import { errorResponses } from '../http/common.schemas.js';
import { casesQuery, casesView, districtFiguresView, districtQuery, exportQuery, figuresQuery, figuresView } from './figures.schemas.js';
import type { FiguresService } from './figures.service.js';

const tags = ['figures'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function figuresRoutes(service: FiguresService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/figures',
      {
        schema: {
          tags,
          summary:
            'Compliance figures of my administration per promise: cases, on time, late, deviation rate, median and 90th percentile, trend',
          querystring: figuresQuery,
          response: { 200: figuresView, ...errorResponses },
        },
      },
      async (request) => service.administration(actorOf(request), request.query),
    );

    r.get(
      '/figures/district',
      {
        schema: {
          tags,
          summary:
            'District staff: figures of the district and its member municipalities, aggregated per promise and broken down per administration',
          querystring: districtQuery,
          response: { 200: districtFiguresView, ...errorResponses },
        },
      },
      async (request) => service.district(actorOf(request), request.query),
    );

    r.get(
      '/figures/cases',
      {
        schema: {
          tags,
          summary: 'The cases behind a figure (drill-down), 50 per page',
          querystring: casesQuery,
          response: { 200: casesView, ...errorResponses },
        },
      },
      async (request) => service.cases(actorOf(request), request.query),
    );

    r.get(
      '/figures/export.xlsx',
      {
        schema: {
          tags,
          summary: 'The figures as an Excel workbook (summary, trend, and per administration for a district)',
          querystring: exportQuery,
        },
      },
      async (request, reply) => sendAttachment(reply, XLSX, await service.exportFile(actorOf(request), request.query, 'xlsx')),
    );

    r.get(
      '/figures/export.csv',
      {
        schema: {
          tags,
          summary: 'The figures as CSV for German Excel (semicolons, UTF-8 with BOM, decimal comma)',
          querystring: exportQuery,
        },
      },
      async (request, reply) =>
        sendAttachment(reply, 'text/csv; charset=utf-8', await service.exportFile(actorOf(request), request.query, 'csv')),
    );
  };
}
