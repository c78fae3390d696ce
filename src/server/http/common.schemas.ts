import { z } from 'zod';

// Building blocks shared by route schemas: every string bounded, ids are UUIDs.
export const uuidParam = z.uuid();
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const longText = (max = 10_000) => z.string().max(max);
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const localized = z.object({ de: z.string(), en: z.string() });

export const errorResponse = z.object({
  error: z.string(),
  message: z.string(),
  requestId: z.string(),
  details: z.unknown().optional(),
});

export const okResponse = z.object({ ok: z.literal(true) });

/** Standard error answers, merged into each route's `response` map for the OpenAPI document. */
export const errorResponses = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
