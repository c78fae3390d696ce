import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, okResponse } from '../http/common.schemas.js';
import { type Actor, ROLES } from './actor.js';
import { actorOf, SESSION_COOKIE } from './auth.plugin.js';
import type { AuthService } from './auth.service.js';

const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    locale: z.enum(['de', 'en']),
  }),
  organization: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['platform', 'certifier', 'district', 'municipality']) }),
  csrfToken: z.string(),
});

export function authRoutes(auth: AuthService, cookie: { secure: boolean | 'auto' }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/auth/login',
      {
        // Per address and account: slows password guessing without locking out a whole office behind one NAT.
        config: { rateLimit: { max: 10, timeWindow: '15 minutes', keyGenerator: (req) => `${req.ip}|${loginEmail(req.body)}` } },
        schema: {
          tags: ['auth'],
          summary: 'Log in with e-mail and password; sets the session cookie',
          security: [],
          body: z.object({ email: z.string().trim().max(320).email(), password: z.string().min(1).max(200) }),
          response: { 200: meResponse, ...errorResponses, 429: errorResponses[400] },
        },
      },
      async (request, reply) => {
        const { token, expiresAt } = await auth.login(request.body.email, request.body.password);
        const found = await auth.authenticate(token);
        if (!found) throw new Error('session vanished right after login');
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: cookie.secure === 'auto' ? request.protocol === 'https' : cookie.secure,
          expires: expiresAt,
        });
        return toMe(found.actor, found.csrfToken);
      },
    );

    r.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the session', security: [], response: { 200: okResponse, ...errorResponses } } },
      async (request, reply) => {
        if (request.session) await auth.logout(request.session.token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    r.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The logged-in user and the CSRF token for writes',
          response: { 200: meResponse, ...errorResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return toMe(actor, request.session!.csrfToken);
      },
    );
  };
}

function loginEmail(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.toLowerCase().slice(0, 320) : '';
}

function toMe(actor: Actor, csrfToken: string) {
  return {
    user: { id: actor.userId, email: actor.email, displayName: actor.displayName, role: actor.role, locale: actor.locale },
    organization: { id: actor.organizationId, name: actor.organizationName, kind: actor.organizationKind },
    csrfToken,
  };
}
