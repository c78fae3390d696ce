import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { sendAttachment } from '../http/attachment.js';
import { errorResponses, isoDate, localized, okResponse } from '../http/common.schemas.js';
import type { CertificateService } from './certificate.service.js';

const tags = ['certificates'];
const params = z.object({ id: z.uuid() });

const certificateView = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  number: z.string(),
  schemeId: z.string(),
  catalogVersion: z.string(),
  schemeTitle: localized,
  level: z.object({ id: z.string(), title: localized }).nullable().describe('digital maturity seals (DQD): the level reached'),
  municipality: z.object({ id: z.uuid(), name: z.string(), district: z.string().nullable() }),
  certifier: z.object({ id: z.uuid(), name: z.string() }),
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(['valid', 'suspended', 'expired', 'withdrawn']),
  issuedAt: z.date(),
  handoverOn: z.string().nullable(),
  handoverForm: z.string().nullable(),
  plaqueStatus: z.enum(['not_ordered', 'ordered', 'produced', 'delivered']),
  keyVisualSentAt: z.date().nullable(),
  termsAcknowledgedAt: z.date().nullable(),
});

export function certificateRoutes(service: CertificateService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const done = { ok: true as const };

    r.get(
      '/certificates',
      {
        schema: {
          tags,
          summary: 'Certificates of my organisation',
          response: { 200: z.object({ items: z.array(certificateView) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await service.list(actorOf(request)),
      }),
    );

    r.get(
      '/certificates/:id',
      { schema: { tags, summary: 'One certificate', params, response: { 200: certificateView, ...errorResponses } } },
      async (request) => service.get(actorOf(request), request.params.id),
    );

    r.patch(
      '/certificates/:id/publicity',
      {
        schema: {
          tags,
          summary: 'Step 6: handover date and form, plaque order status',
          params,
          body: z.object({
            handoverOn: isoDate.nullable().optional(),
            handoverForm: z.string().trim().max(300).nullable().optional(),
            plaqueStatus: z.enum(['not_ordered', 'ordered', 'produced', 'delivered']).optional(),
          }),
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.updatePublicity(actorOf(request), request.params.id, request.body);
        return done;
      },
    );

    r.post(
      '/certificates/:id/key-visual',
      {
        schema: {
          tags,
          summary: 'Record that the key visual and its terms of use were sent',
          params,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.markKeyVisualSent(actorOf(request), request.params.id);
        return done;
      },
    );

    r.post(
      '/certificates/:id/terms-acknowledgement',
      {
        schema: {
          tags,
          summary: 'The municipality acknowledges the key visual’s terms of use',
          params,
          response: { 200: okResponse, ...errorResponses },
        },
      },
      async (request) => {
        await service.acknowledgeTerms(actorOf(request), request.params.id);
        return done;
      },
    );

    r.get(
      '/certificates/:id/document.pdf',
      { schema: { tags, summary: 'The certificate document (Urkunde) as PDF', params } },
      async (request, reply) => {
        return sendAttachment(reply, 'application/pdf', await service.document(actorOf(request), request.params.id));
      },
    );
  };
}
