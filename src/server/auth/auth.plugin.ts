import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthorizedError } from '../http/errors.js';
import type { Actor } from './actor.js';
import type { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'sw_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    session: { actor: Actor; csrfToken: string; token: string } | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie on every request. Cookie-authenticated writes must
 * carry the session's CSRF token in a header (synchroniser token pattern): a
 * cross-site form can send the cookie but cannot read the token.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { auth: AuthService }) => {
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await opts.auth.authenticate(token);
    if (!found) return;
    request.session = { ...found, token };
    if (!SAFE_METHODS.has(request.method) && !opts.auth.csrfMatches(found.csrfToken, headerValue(request))) {
      throw new ForbiddenError(`Missing or wrong ${CSRF_HEADER} header`);
    }
  });
});

/**
 * Every API route needs a login unless its schema declares `security: []` (the public ones:
 * login, registry, catalogs, deadline calculator, public forms). Checked before validation,
 * so an anonymous caller learns nothing from validation messages either.
 */
export const requireLoginPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    // unknown routes keep their JSON 404
    if (!request.url.startsWith('/api/v1/') || request.is404) return;
    const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
    if (Array.isArray(security) && security.length === 0) return;
    if (!request.session) throw new UnauthorizedError();
  });
});

function headerValue(request: FastifyRequest): string | undefined {
  const v = request.headers[CSRF_HEADER];
  return Array.isArray(v) ? v[0] : v;
}

/** The actor of a route that needs a login. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw new UnauthorizedError();
  return request.session.actor;
}
