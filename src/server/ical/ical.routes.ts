import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponse, errorResponses, okResponse } from '../http/common.schemas.js';
import type { IcalService } from './ical.service.js';

const tags = ['calendar feed'];

function feedUrl(request: FastifyRequest, publicUrl: string | undefined, token: string): string {
  const base = publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  return `${base}/api/v1/ical/${token}.ics`;
}

export function icalRoutes(service: IcalService, publicUrl: string | undefined) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const feed = z.object({ url: z.string().nullable() });

    r.get(
      '/me/calendar-feed',
      {
        schema: {
          tags,
          summary: 'The address of my iCal feed of audit dates and deadlines, if I made one',
          response: { 200: feed, ...errorResponses },
        },
      },
      async (request) => {
        const token = await service.feedToken(actorOf(request));
        return { url: token ? feedUrl(request, publicUrl, token) : null };
      },
    );

    r.post(
      '/me/calendar-feed',
      {
        schema: {
          tags,
          summary: 'Make (or replace) my iCal feed address; the old one stops working',
          response: { 200: feed, ...errorResponses },
        },
      },
      async (request) => ({
        url: feedUrl(request, publicUrl, await service.rotate(actorOf(request))),
      }),
    );

    r.delete(
      '/me/calendar-feed',
      { schema: { tags, summary: 'Switch my iCal feed off', response: { 200: okResponse, ...errorResponses } } },
      async (request) => {
        await service.revoke(actorOf(request));
        return { ok: true as const };
      },
    );

    r.get(
      '/ical/:file',
      {
        schema: {
          tags,
          summary: 'The iCal feed (text/calendar) behind a secret address, for calendar apps that cannot log in',
          security: [],
          params: z.object({
            file: z
              .string()
              .max(100)
              .regex(/^[A-Za-z0-9_-]+\.ics$/, 'must be <token>.ics'),
          }),
          response: { 200: z.string().describe('text/calendar (RFC 5545)'), 404: errorResponse, 400: errorResponse },
        },
      },
      async (request, reply) => {
        const body = await service.feed(request.params.file.replace(/\.ics$/, ''));
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
      },
    );
  };
}
