import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarIndex } from '../../domain/deadlines/calendar-index.js';
import { dueDate } from '../../domain/deadlines/due-date.js';
import { isKnownRegion, regionCodes } from '../../domain/deadlines/holidays.js';
import { errorResponses } from '../http/common.schemas.js';
import { ValidationError } from '../http/errors.js';

const units = ['working_days', 'days', 'weeks', 'months'] as const;

const query = z.object({
  region: z.string().trim().max(20),
  start: z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
  amount: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(3650, 'must be at most 3650'),
  unit: z.enum(units),
});

/**
 * The public deadline calculator (§ 31 VwVfG with §§ 187–193 BGB) on public holidays only:
 * an administration's own closure days are not public, so its cases may end later.
 */
export function deadlineRoutes() {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/deadlines',
      {
        schema: {
          tags: ['public'],
          summary: 'When does a period end? Working days, days, weeks or months from a start date, under the holidays of a Land or region',
          security: [],
          querystring: query,
          response: {
            200: z.object({ region: z.string(), start: z.string(), amount: z.number(), unit: z.enum(units), due: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { region, start, amount, unit } = request.query;
        if (!isKnownRegion(region))
          throw new ValidationError(
            `region: unknown region "${region}"; use DE-<Land> or DE-<Land>-<region>, one of ${regionCodes().join(', ')}`,
          );
        try {
          const due = dueDate(calendarIndex(region), start, amount, unit);
          return { region, start, amount, unit, due: due! };
        } catch (err) {
          if (err instanceof RangeError) throw new ValidationError(`start: ${err.message}`);
          throw err;
        }
      },
    );

    r.get(
      '/deadlines/regions',
      {
        schema: {
          tags: ['public'],
          summary: 'The holiday regions the calculator knows',
          security: [],
          response: { 200: z.object({ items: z.array(z.string()) }) },
        },
      },
      async () => ({ items: regionCodes() }),
    );
  };
}
