import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../http/common.schemas.js';
import { publicRateLimit } from '../public-forms/public-forms.schemas.js';
import { formInfoResponse, publicComplaintBody } from './complaint.schemas.js';
import type { ComplaintService } from './complaint.service.js';

const tags = ['public'];
const params = z.object({ organizationId: z.uuid() });
const errors = { 400: errorResponse, 404: errorResponse, 429: errorResponse };

/** The public complaint form of an administration: no login, spam-checked, rate-limited per address. */
export function publicComplaintRoutes(service: ComplaintService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/public/administrations/:organizationId/complaint-form',
      {
        schema: {
          tags,
          summary: 'Whom a complaint goes to and which promises it may concern',
          security: [],
          params,
          response: { 200: formInfoResponse, ...errors },
        },
      },
      async (request) => service.formInfo(request.params.organizationId),
    );

    r.post(
      '/public/administrations/:organizationId/complaints',
      {
        config: publicRateLimit({
          max: 5,
          timeWindow: '10 minutes',
          per: (request) => (request.params as { organizationId?: string }).organizationId ?? '',
        }),
        schema: {
          tags,
          summary: 'File a complaint, idea or praise; answers only the number',
          security: [],
          params,
          body: publicComplaintBody,
          response: { 201: z.object({ number: z.string() }).strict(), ...errors },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return service.submitPublic(request.params.organizationId, request.body);
      },
    );
  };
}
