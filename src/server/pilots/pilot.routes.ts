import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { PROMISE_AREAS } from '../db/schema.js';
import { errorResponses } from '../http/common.schemas.js';
import type { PilotRow } from './pilot.repository.js';
import type { PilotService } from './pilot.service.js';

const tags = ['service promises'];
const pilotBody = z.object({
  name: z.string().trim().min(2).max(200),
  jobTitle: z.string().trim().max(200).default(''),
  email: z.email().max(320),
  phone: z.string().trim().max(50).nullable().default(null),
  userId: z.uuid().nullable().default(null),
  areas: z.array(z.enum(PROMISE_AREAS)).max(PROMISE_AREAS.length).default([]),
  publicCard: z.boolean().default(true),
  active: z.boolean().default(true),
});
export const pilotView = z.object({
  id: z.uuid(),
  name: z.string(),
  jobTitle: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  userId: z.uuid().nullable(),
  areas: z.array(z.enum(PROMISE_AREAS)),
  publicCard: z.boolean(),
  active: z.boolean(),
});
export const toPilotView = (p: PilotRow) => ({
  id: p.id,
  name: p.name,
  jobTitle: p.jobTitle,
  email: p.email,
  phone: p.phone,
  userId: p.userId,
  areas: p.areas,
  publicCard: p.publicCard,
  active: p.active,
});

export function pilotRoutes(service: PilotService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/pilots',
      {
        schema: {
          tags,
          summary: 'The pilots (Lotsen) of my administration',
          response: { 200: z.object({ items: z.array(pilotView) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: (await service.list(actorOf(request))).map(toPilotView),
      }),
    );
    r.post(
      '/pilots',
      { schema: { tags, summary: 'Add a pilot', body: pilotBody, response: { 201: pilotView, ...errorResponses } } },
      async (request, reply) => reply.code(201).send(toPilotView(await service.create(actorOf(request), request.body))),
    );
    r.put(
      '/pilots/:id',
      {
        schema: {
          tags,
          summary: 'Change a pilot (deactivate instead of deleting: cases keep their pilot)',
          params: z.object({ id: z.uuid() }),
          body: pilotBody,
          response: { 200: pilotView, ...errorResponses },
        },
      },
      async (request) => toPilotView(await service.update(actorOf(request), request.params.id, request.body)),
    );
  };
}
