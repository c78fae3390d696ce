import type { FastifyRequest } from 'fastify';
import { isIPv6 } from 'node:net';
import { z } from 'zod';
import { AppError } from '../http/errors.js';

/** The fields every public form sends besides its own: merge with `.extend(publicFormFields.shape)`. */
export const publicFormFields = z.object({
  formToken: z.string().max(200).describe('From GET /api/v1/public/form-token, fetched when the form opens'),
  website: z.string().max(500).optional().describe('Honeypot: hidden from people, must stay empty'),
});

type Limit = { max: number; timeWindow: string; per?: (request: FastifyRequest) => string };

/**
 * Route config limiting public requests per client address (and per `per`, e.g. the
 * administration). It runs on onRequest, before the body is parsed, so malformed and
 * refused attempts count too.
 */
export function publicRateLimit({ max, timeWindow, per }: Limit) {
  return {
    rateLimit: {
      max,
      timeWindow,
      hook: 'onRequest' as const,
      keyGenerator: (request: FastifyRequest) => `${clientKey(request.ip)}|${per?.(request) ?? ''}`,
      errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
        new AppError(
          429,
          'rate_limited',
          `Too many requests from this address: at most ${max} per ${timeWindow}; try again in ${context.after}`,
        ),
    },
  };
}

/**
 * IPv4 addresses count one by one; an IPv6 client counts by its /64 prefix, because one
 * connection usually owns the whole /64 and could otherwise rotate addresses at will.
 */
export function clientKey(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
