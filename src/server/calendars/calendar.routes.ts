import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../auth/auth.plugin.js';
import { errorResponses, isoDate } from '../http/common.schemas.js';
import type { Calendar, CalendarService } from './calendar.service.js';

const closureDay = z.object({ date: isoDate, reason: z.string().trim().min(1).max(200) });
const calendarView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  region: z.string(),
  closureDays: z.array(closureDay),
  createdAt: z.date(),
});
const tags = ['service promises'];

const shape = (c: Omit<Calendar, 'index'>) => ({
  id: c.id,
  version: c.version,
  region: c.region,
  closureDays: c.closureDays,
  createdAt: c.createdAt,
});

export function calendarRoutes(service: CalendarService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/calendar',
      {
        schema: {
          tags,
          summary: 'The working-day calendar of my administration (holiday region, closure days) and its versions',
          response: { 200: z.object({ current: calendarView, versions: z.array(calendarView) }), ...errorResponses },
        },
      },
      async (request) => {
        const { current, versions } = await service.get(actorOf(request));
        return { current: shape(current), versions: versions.map(shape) };
      },
    );

    r.put(
      '/calendar',
      {
        schema: {
          tags,
          summary: 'Change region or closure days: stored as a new version; running cases keep theirs',
          body: z.object({ region: z.string().trim().min(5).max(20), closureDays: z.array(closureDay).max(500) }),
          response: { 200: calendarView, ...errorResponses },
        },
      },
      async (request) => shape(await service.update(actorOf(request), request.body)),
    );
  };
}
