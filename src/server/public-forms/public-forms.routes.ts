import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../http/common.schemas.js';
import { publicRateLimit } from './public-forms.schemas.js';
import type { PublicFormsService } from './public-forms.service.js';

export function publicFormRoutes(publicForms: PublicFormsService) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/public/form-token',
      {
        config: publicRateLimit({ max: 60, timeWindow: '10 minutes' }),
        schema: {
          tags: ['public'],
          summary: 'A signed token for one public form: send it with the form between 3 seconds and 24 hours later',
          security: [],
          response: { 200: z.object({ token: z.string() }), 429: errorResponse },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'no-store');
        return { token: await publicForms.issueToken() };
      },
    );
  };
}
