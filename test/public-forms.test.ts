import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSecret, complaint } from '../src/server/db/schema.js';
import { createPublicFormsService } from '../src/server/public-forms/public-forms.service.js';
import { createMunicipality } from './support/factories.js';
import { createTestApp, type TestContext } from './support/test-app.js';

let t: TestContext;
let orgId: string;
let otherOrgId: string;
let ipCounter = 0;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await createMunicipality(t.database.db)).org.id;
  otherOrgId = (await createMunicipality(t.database.db)).org.id;
});

afterAll(async () => {
  await t?.close();
});

/** Each test speaks from its own address, so the per-address limit of one test does not touch another. */
const newAddress = () => `198.51.100.${++ipCounter}`;
const advance = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

async function formToken(ip: string): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/form-token', headers: { 'x-forwarded-for': ip } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return res.json().token;
}

function submit(ip: string, body: Record<string, unknown>, organizationId = orgId) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/administrations/${organizationId}/complaints`,
    headers: { 'x-forwarded-for': ip },
    payload: { description: 'Der Bauantrag liegt seit Wochen ohne Eingangsbestätigung.', ...body },
  });
}

describe('form token', () => {
  it('is accepted 3 seconds after it was issued', async () => {
    const ip = newAddress();
    const token = await formToken(ip);
    advance(3_000);
    const res = await submit(ip, { formToken: token, website: '' });
    expect(res.statusCode).toBe(201);
    expect(res.json().number).toMatch(/^B-\d{4}-\d{4}$/);
  });

  it('is refused when the form comes back faster than a person could fill it in', async () => {
    const ip = newAddress();
    const token = await formToken(ip);
    advance(2_999);
    const res = await submit(ip, { formToken: token });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', details: { reason: 'too_fast' } });
    expect(res.json().message).toMatch(/^formToken: .*less than 3 seconds/);
  });

  it('is refused when older than 24 hours', async () => {
    const ip = newAddress();
    const token = await formToken(ip);
    advance(24 * 3_600_000 + 1_000);
    const res = await submit(ip, { formToken: token });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.reason).toBe('expired');
    expect(res.json().message).toContain('older than 24 hours');
  });

  it('is refused when tampered with or made up', async () => {
    const ip = newAddress();
    const token = await formToken(ip);
    advance(5_000);
    const [v, at, nonce, sig] = token.split('.') as [string, string, string, string];
    const backdated = [v, (Number.parseInt(at, 36) - 3_600_000).toString(36), nonce, sig].join('.');
    const forged = await submit(ip, { formToken: backdated });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().details.reason).toBe('forged');
    const madeUp = await submit(ip, { formToken: 'let-me-in' });
    expect(madeUp.json().details.reason).toBe('malformed');
    const missing = await submit(ip, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('formToken');
  });

  it('is refused when the honeypot field is filled, and nothing is stored', async () => {
    const ip = newAddress();
    const token = await formToken(ip);
    advance(10_000);
    const before = await t.database.db.$count(complaint);
    const res = await submit(ip, { formToken: token, website: 'https://spam.example' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: { reason: 'honeypot' } });
    expect(res.json().message).toMatch(/^website: /);
    expect(await t.database.db.$count(complaint)).toBe(before);
  });

  it('is signed with a key the platform made itself, stored once and shared by every process', async () => {
    const [row] = await t.database.db.select().from(appSecret).where(eq(appSecret.name, 'form-token-key'));
    expect(row?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // a second process on the same database reads the same key: its tokens pass here
    const otherProcess = createPublicFormsService({ db: t.database.db, now: () => t.clock.now });
    const token = await otherProcess.issueToken();
    expect(token).not.toContain(row!.value);
    advance(4_000);
    const res = await submit(newAddress(), { formToken: token });
    expect(res.statusCode).toBe(201);
    expect(await t.database.db.$count(appSecret, eq(appSecret.name, 'form-token-key'))).toBe(1);
  });
});

describe('rate limit', () => {
  it('answers 429 with a message after 5 submissions from one address to one administration in 10 minutes', async () => {
    const ip = newAddress();
    const token = await formToken(ip);
    advance(5_000);
    for (let i = 0; i < 5; i++) expect((await submit(ip, { formToken: token })).statusCode).toBe(201);
    const sixth = await submit(ip, { formToken: token });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error).toBe('rate_limited');
    expect(sixth.json().message).toMatch(/at most 5 per 10 minutes; try again in/);
    // refused attempts count too: the limit runs before the body is even read
    expect((await submit(ip, { formToken: 'junk' })).statusCode).toBe(429);
    // another address, or the same address writing to another administration, is not held back
    expect((await submit(newAddress(), { formToken: token })).statusCode).toBe(201);
    expect((await submit(ip, { formToken: token }, otherOrgId)).statusCode).toBe(201);
  });
});
