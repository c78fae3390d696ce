import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, PASSWORD } from './support/factories.js';
import { createTestApp, login, type TestContext } from './support/test-app.js';

let t: TestContext;
let email: string;

beforeAll(async () => {
  t = await createTestApp();
  email = (await createMunicipality(t.database.db)).admin.email;
});

afterAll(async () => {
  await t?.close();
});

describe('fixed endpoints', () => {
  it('GET /healthz reports the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document generated from the routes', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\.1/);
    expect(spec.paths['/api/v1/assessments/{id}/release'].post.requestBody).toBeDefined();
    expect(spec.paths['/api/v1/public/registry'].get).toBeDefined();
  });

  it('serves interactive docs at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('unknown API routes answer a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});

describe('login and session', () => {
  it('sets an HttpOnly SameSite cookie and never returns the password hash', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sw_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.body).not.toContain('argon2');
  });

  it('answers 401 with one message for a wrong password or an unknown address', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'wrong' } });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@test.example', password: 'wrong' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const client = await login(t.app, email, PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: {
        cookie: (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } })).headers[
          'set-cookie'
        ]!.toString().split(';')[0]!,
      },
      payload: { certifierId: client.organizationId, schemeId: 'x', message: 'x' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('x-csrf-token');
  });

  it('logout ends the session on the server', async () => {
    const client = await login(t.app, email, PASSWORD);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('rate-limits repeated login attempts for one address', async () => {
    const target = (await createMunicipality(t.database.db)).admin.email;
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      codes.push(
        (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: target, password: 'guess' + i } })).statusCode,
      );
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('refuses a malformed login body with a message naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'not-an-email', password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('email');
  });
});
