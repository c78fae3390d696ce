// The public service page of an administration and its callback form (promise 9): what a
// business sees without login, and how a callback becomes a case on the pilots' worklist.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, PASSWORD } from './support/factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

let t: TestContext;
let admin: Client;
let orgId: string;
let otherOrgId: string;

const callbackPromise = {
  number: 9,
  title: 'Rückruf innerhalb von 2 Arbeitstagen',
  area: 'business_development',
  role: 'callback',
  startEvent: 'Rückrufbitte geht ein',
  stopEvent: 'Unternehmen wurde zurückgerufen',
  amount: 2,
  unit: 'working_days',
};

async function formToken(): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/form-token' });
  // people need a few seconds to fill in the form
  t.clock.now = new Date(t.clock.now.getTime() + 10_000);
  return res.json().token;
}

// each request from its own address, so the per-address rate limit stays out of the way (one test checks it)
let address = 1;
const callback = async (organizationId: string, body: Record<string, unknown>, remoteAddress = `203.0.113.${address++}`) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/public/administrations/${organizationId}/callbacks`,
    payload: { formToken: await formToken(), ...body },
    remoteAddress,
  });

beforeAll(async () => {
  t = await createTestApp({ sessionTtlMs: 365 * 86_400_000 });
  const city = await createMunicipality(t.database.db, 'Stadt Rufdorf');
  const other = await createMunicipality(t.database.db, 'Gemeinde Stillbach');
  orgId = city.org.id;
  otherOrgId = other.org.id;
  admin = await login(t.app, city.admin.email, PASSWORD);
  // Friday 22 May 2026, 10:00 in Berlin
  t.clock.now = new Date('2026-05-22T08:00:00Z');
  expect((await admin.post('/api/v1/promises', callbackPromise)).statusCode).toBe(201);
  expect(
    (await admin.post('/api/v1/promises', { ...callbackPromise, number: 12, title: 'Interner Entwurf', role: null, published: false }))
      .statusCode,
  ).toBe(201);
  await admin.post('/api/v1/pilots', {
    name: 'Paul Pilot',
    jobTitle: 'Lotse Wirtschaft',
    email: 'pilot@rufdorf.example',
    phone: '02361 555',
  });
  await admin.post('/api/v1/pilots', { name: 'Verborgen', email: 'x@rufdorf.example', publicCard: false });
});

afterAll(async () => t?.close());

describe('public service page', () => {
  it('shows published promises and public pilot cards only, without login', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/administrations/${orgId}` });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ name: 'Stadt Rufdorf', callbackAvailable: true });
    expect(page.promises.map((p: { title: string }) => p.title)).toEqual(['Rückruf innerhalb von 2 Arbeitstagen']);
    expect(page.pilots).toEqual([
      { name: 'Paul Pilot', jobTitle: 'Lotse Wirtschaft', email: 'pilot@rufdorf.example', phone: '02361 555', areas: [] },
    ]);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/public/administrations' })).json().items;
    expect(list.map((a: { name: string }) => a.name)).toEqual(['Stadt Rufdorf']);
  });

  it('answers 404 for an unknown administration', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/administrations/${randomUUID()}` })).statusCode).toBe(404);
  });
});

describe('callback form', () => {
  it('a callback request becomes a case due in 2 working days, on every pilot’s worklist', async () => {
    // Fri 22 May + 2 working days: Mon 25 May is Whit Monday → Wed 27 May
    const res = await callback(orgId, {
      name: 'Jana Jung',
      phone: '0171 2345678',
      topic: 'Frage zur Außengastronomie',
      preferredTime: 'vormittags',
      consent: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ reference: 'SV-2026-00001', dueOn: '2026-05-27' });
    const worklist = (await admin.get('/api/v1/worklist')).json();
    expect(worklist.callbacks).toHaveLength(1);
    expect(worklist.callbacks[0]).toMatchObject({
      reference: 'SV-2026-00001',
      subject: 'Frage zur Außengastronomie',
      source: 'callback_form',
      promiseRole: 'callback',
    });
    const detail = (await admin.get(`/api/v1/cases/${worklist.callbacks[0].id}`)).json();
    expect(detail).toMatchObject({ contactName: 'Jana Jung', contactPhone: '0171 2345678', details: { preferredTime: 'vormittags' } });
  });

  it('the callback leaves the worklist when it is done', async () => {
    const [item] = (await admin.get('/api/v1/worklist')).json().callbacks;
    await admin.post(`/api/v1/cases/${item.id}/events`, { kind: 'fulfilled' });
    expect((await admin.get('/api/v1/worklist')).json().callbacks).toHaveLength(0);
  });

  it.each([
    [{ name: 'Bot', phone: '0171 1', topic: 'Spam', consent: true, website: 'http://spam.example' }, /website: this field must stay empty/],
    [{ name: 'Ohne Zustimmung', phone: '0171 2345678', topic: 'Frage' }, /consent/],
    [{ name: 'Falsche Nummer', phone: 'ruf mich an', topic: 'Frage', consent: true }, /phone: must be a phone number/],
    [{ name: 'X', phone: '0171 2345678', topic: 'Frage', consent: true }, /name/],
    [{ name: 'Zu lang', phone: '0171 2345678', topic: 'a'.repeat(1001), consent: true }, /topic/],
  ])('refuses %o with 400', async (body, message) => {
    const res = await callback(orgId, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
  });

  it('a form sent the instant it was opened is refused, and nothing is stored', async () => {
    const token = (await t.app.inject({ method: 'GET', url: '/api/v1/public/form-token' })).json().token;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/administrations/${orgId}/callbacks`,
      payload: { formToken: token, name: 'Schnell', phone: '0171 2345678', topic: 'Bot?', consent: true },
      remoteAddress: '198.51.100.1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/less than 3 seconds/);
    expect((await admin.get('/api/v1/cases?role=callback')).json().total).toBe(1);
  });

  it('more than 5 requests from one address in 10 minutes answer 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await callback(orgId, { name: 'Viel', phone: '0171 2345678', topic: 'Frage', website: 'x' }, '192.0.2.44')).statusCode,
      );
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('an administration without a callback promise answers 409; an unknown one 404', async () => {
    const res = await callback(otherOrgId, { name: 'Jana Jung', phone: '0171 2345678', topic: 'Frage', consent: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/no callback service/);
    expect((await callback(randomUUID(), { name: 'Jana Jung', phone: '0171 2345678', topic: 'Frage', consent: true })).statusCode).toBe(
      404,
    );
  });
});
