import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEADLINE_UNITS, PROMISE_AREAS } from '../db/schema.js';
import { errorResponse } from '../http/common.schemas.js';
import { publicFormFields, publicRateLimit } from '../public-forms/public-forms.schemas.js';
import type { PublicServiceService } from './public-service.service.js';

const tags = ['public'];
const params = z.object({ organizationId: z.uuid() });
const errors = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 429: errorResponse };

const page = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['municipality', 'district']),
  stateCode: z.string().nullable(),
  district: z.string().nullable(),
  promises: z.array(
    z.object({
      number: z.number().int().nullable(),
      title: z.string(),
      description: z.string(),
      area: z.enum(PROMISE_AREAS),
      amount: z.number().int().nullable(),
      unit: z.enum(DEADLINE_UNITS).nullable(),
      leikaKey: z.string().nullable(),
    }),
  ),
  pilots: z.array(
    z.object({
      name: z.string(),
      jobTitle: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      areas: z.array(z.enum(PROMISE_AREAS)),
    }),
  ),
  callbackAvailable: z.boolean(),
});

const callbackBody = publicFormFields.extend({
  name: z.string().trim().min(2).max(200),
  phone: z
    .string()
    .trim()
    .min(5)
    .max(50)
    .regex(/^[0-9+()/ -]+$/, 'must be a phone number (digits, spaces, + ( ) / -)'),
  email: z.email().max(320).nullable().optional(),
  topic: z.string().trim().min(3).max(1000),
  preferredTime: z.string().trim().max(200).nullable().optional(),
  consent: z.literal(true, { error: 'consent: the callback needs your consent to store name and phone number' }),
});

/** The public service page of an administration and its callback form; no login, no points, no personal data of others. */
export function publicServiceRoutes(service: PublicServiceService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/public/administrations',
      {
        schema: {
          tags,
          summary: 'Administrations that publish service promises',
          security: [],
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.uuid(),
                  name: z.string(),
                  kind: z.enum(['platform', 'certifier', 'district', 'municipality']),
                  stateCode: z.string().nullable(),
                  district: z.string().nullable(),
                  promises: z.number().int(),
                }),
              ),
            }),
          },
        },
      },
      async () => ({ items: await service.administrations() }),
    );

    r.get(
      '/public/administrations/:organizationId',
      {
        schema: {
          tags,
          summary: 'The public service page: published promises, pilots, whether callbacks are offered',
          security: [],
          params,
          response: { 200: page, ...errors },
        },
      },
      async (request) => {
        const p = await service.page(request.params.organizationId);
        return {
          ...p,
          kind: p.kind as 'municipality' | 'district',
          promises: p.promises.map(({ number, title, description, area, amount, unit, leikaKey }) => ({
            number,
            title,
            description,
            area,
            amount,
            unit,
            leikaKey,
          })),
          pilots: p.pilots.map(({ name, jobTitle, email, phone, areas }) => ({ name, jobTitle, email, phone, areas })),
        };
      },
    );

    r.post(
      '/public/administrations/:organizationId/callbacks',
      {
        config: publicRateLimit({
          max: 5,
          timeWindow: '10 minutes',
          per: (request) => (request.params as { organizationId?: string }).organizationId ?? '',
        }),
        schema: {
          tags,
          summary: 'Promise 9: ask for a callback; answers the reference and the day by which the call is promised',
          security: [],
          params,
          body: callbackBody,
          response: { 201: z.object({ reference: z.string(), dueOn: z.string().nullable() }).strict(), ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await service.requestCallback(request.params.organizationId, request.body)),
    );
  };
}
