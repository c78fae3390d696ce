import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { MAIL_STATUSES } from '../db/schema.js';
import { errorResponses } from '../http/common.schemas.js';
import type { MailService } from './mail.service.js';

const mailView = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  relatedType: z.string().nullable(),
  relatedId: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});

export function mailRoutes(service: MailService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/outbox',
      {
        schema: {
          tags: ['mail'],
          summary: 'Every mail my administration caused, newest first: sent, pending, failed, or held (no SMTP configured)',
          response: { 200: z.object({ items: z.array(mailView), smtpConfigured: z.boolean() }), ...errorResponses },
        },
      },
      async (request) => {
        const items = await service.list(actorOf(request));
        return {
          items: items.map(({ organizationId: _, messageId: __, nextAttemptAt: ___, ...m }) => m),
          smtpConfigured: service.smtpConfigured,
        };
      },
    );
  };
}
