import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import type { AuditReportService } from './audit-report.service.js';
import { findingParams } from './finding.schemas.js';

const tags = ['findings'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const query = z.object({ lang: z.enum(['de', 'en']).optional().describe('Language of the report; the user’s language when omitted') });

export function auditReportRoutes(service: AuditReportService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/assessments/:id/audit-report.pdf',
      {
        schema: {
          tags,
          summary: 'Audit report as PDF: scope, plan, result per criterion, findings, actions, decision (points only for who may see them)',
          params: findingParams,
          querystring: query,
        },
      },
      async (request, reply) =>
        sendAttachment(reply, 'application/pdf', await service.pdf(actorOf(request), request.params.id, request.query.lang)),
    );

    r.get(
      '/assessments/:id/audit-report.xlsx',
      {
        schema: {
          tags,
          summary: 'Audit report as XLSX: sheets for criteria, findings and corrective actions',
          params: findingParams,
          querystring: query,
        },
      },
      async (request, reply) => sendAttachment(reply, XLSX, await service.xlsx(actorOf(request), request.params.id, request.query.lang)),
    );
  };
}
