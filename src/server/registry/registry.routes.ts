import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CertificateService } from '../certificates/certificate.service.js';
import { localized } from '../http/common.schemas.js';

// The public registry lists who holds which seal until when. Its response schema
// has no field for points, percentages or rank, and the serializer drops anything
// not in the schema, so a score cannot leak through here even by mistake.
const registryEntry = z
  .object({
    municipality: z.string(),
    district: z.string().nullable(),
    state: z.string().nullable(),
    certifier: z.string(),
    schemeId: z.string(),
    scheme: localized,
    validFrom: z.string(),
    validUntil: z.string(),
    /** suspended: a surveillance audit was missed or failed; the seal may not be used until it is lifted */
    status: z.enum(['valid', 'suspended']),
  })
  .strict();

export function registryRoutes(certificates: Pick<CertificateService, 'registry'>) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/public/registry',
      {
        schema: {
          tags: ['public'],
          summary: 'Municipalities holding a seal (valid or suspended), with scheme and validity; never points or rank',
          security: [],
          response: { 200: z.object({ items: z.array(registryEntry), asOf: z.string() }) },
        },
      },
      async (_request, reply) => {
        const rows = await certificates.registry();
        reply.header('cache-control', 'public, max-age=300');
        return {
          asOf: new Date().toISOString(),
          // alphabetical, never by score
          items: rows.map((r) => ({
            municipality: r.municipalityName,
            district: r.districtName,
            state: r.stateCode,
            certifier: r.certifierName,
            schemeId: r.schemeId,
            scheme: r.schemeTitle,
            validFrom: r.validFrom,
            validUntil: r.validUntil,
            status: r.status,
          })),
        };
      },
    );
  };
}
