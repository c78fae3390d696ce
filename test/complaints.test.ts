import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaint, complaintEvent, mailOutbox, serviceCase, servicePromise, workingCalendar } from '../src/server/db/schema.js';
import type { Db } from '../src/server/db/client.js';
import { createCertifier, createMunicipality, createOrganization, createUser, PASSWORD } from './support/factories.js';
import type { LightMyRequestResponse } from 'fastify';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

let t: TestContext;
const emails = { admin: '', member: '', other: '', certifier: '' };
let admin: Client;
let member: Client;
let other: Client;
let certifier: Client;
let orgId: string;
let memberId: string;
let ipCounter = 0;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const city = await createMunicipality(db, 'Stadt Beschwerdetal');
  orgId = city.org.id;
  memberId = city.member.id;
  emails.admin = city.admin.email;
  emails.member = city.member.email;
  emails.other = (await createMunicipality(db)).admin.email;
  emails.certifier = (await createCertifier(db, [])).admin.email;
  await relogin();
});

/** Sessions last an hour of the test clock, which the tests move by months: log in again when one ran out. */
async function staff(email: string): Promise<Client> {
  let client = await login(t.app, email, PASSWORD);
  const retry = (call: (c: Client) => Promise<LightMyRequestResponse>) => async (): Promise<LightMyRequestResponse> => {
    const res = await call(client);
    if (res.statusCode !== 401) return res;
    client = await login(t.app, email, PASSWORD);
    return call(client);
  };
  return {
    get: (url) => retry((c) => c.get(url))(),
    post: (url, body) => retry((c) => c.post(url, body))(),
    put: (url, body) => retry((c) => c.put(url, body))(),
    patch: (url, body) => retry((c) => c.patch(url, body))(),
    delete: (url) => retry((c) => c.delete(url))(),
    upload: (url, file) => retry((c) => c.upload(url, file))(),
    userId: client.userId,
    organizationId: client.organizationId,
  };
}

async function relogin() {
  [admin, member, other, certifier] = await Promise.all([
    staff(emails.admin),
    staff(emails.member),
    staff(emails.other),
    staff(emails.certifier),
  ]);
}

afterAll(async () => {
  await t?.close();
});

function at(iso: string) {
  t.clock.now = new Date(iso);
}
const advance = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

const entry = (over: Record<string, unknown> = {}) => ({
  channel: 'phone',
  type: 'complaint',
  consent: true,
  complainantName: 'Erika Mustermann',
  complainantEmail: 'erika@example.org',
  complainantPhone: '+49 201 123456',
  description: 'Die Gewerbeanmeldung wurde nicht wie versprochen am nächsten Arbeitstag bearbeitet.',
  remedySought: 'Eine schnelle Bearbeitung.',
  ...over,
});

async function enter(client: Client, over: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/complaints', entry(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string; acknowledgementDueOn: string; status: string };
}

async function promiseAndCase(db: Db, organizationId: string) {
  const [calendar] = await db.insert(workingCalendar).values({ organizationId, version: 99, region: 'DE-NW' }).returning();
  const [promise] = await db
    .insert(servicePromise)
    .values({
      organizationId,
      key: `p-${Math.random()}`,
      version: 1,
      number: 3,
      title: 'Gewerbeanmeldung in 1 Arbeitstag',
      area: 'trade_registration',
      startEvent: 'received',
      stopEvent: 'registered',
      amount: 1,
      unit: 'working_days',
    })
    .returning();
  const [kase] = await db
    .insert(serviceCase)
    .values({
      organizationId,
      promiseId: promise!.id,
      calendarId: calendar!.id,
      source: 'manual',
      reference: 'GA-2026-17',
      receivedAt: new Date('2026-05-04T08:00:00Z'),
      receivedOn: '2026-05-04',
    })
    .returning();
  return { promise: promise!, kase: kase! };
}

/** Walks a complaint from its next step up to (not including) `until`. */
async function walk(id: string, until: 'assess' | 'investigate' | 'respond' | 'communicate-decision' | 'close' | 'end') {
  const next = ((await admin.get(`/api/v1/complaints/${id}`)).json().nextStep as string).replace('_', '-');
  const all: [string, unknown][] = [
    ['acknowledge', {}],
    [
      'assess',
      { type: 'complaint', severity: 'medium', assessment: 'Frist verpasst.', assigneeUserId: memberId, responseDueOn: '2026-12-31' },
    ],
    ['investigate', { investigation: 'Urlaubsvertretung fehlte.' }],
    ['respond', { response: 'Wir bitten um Entschuldigung.' }],
    ['communicate-decision', { channel: 'letter' }],
    ['close', { satisfaction: 4, rootCause: 'process', correctiveAction: 'Vertretungsplan.' }],
  ];
  const steps = all.slice(all.findIndex(([step]) => step === next));
  for (const [step, body] of steps) {
    if (step === until) return;
    const res = await admin.post(`/api/v1/complaints/${id}/${step}`, body);
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
  }
}

describe('the ISO 10002 steps', () => {
  it('walks receive → acknowledge → assess → investigate → respond → communicate → close, recording who and when', async () => {
    at('2026-05-04T08:00:00Z');
    const c = await enter(member);
    expect(c.status).toBe('received');

    advance(3_600_000);
    const ack = await admin.post(`/api/v1/complaints/${c.id}/acknowledge`, {});
    expect(ack.json()).toMatchObject({ status: 'acknowledged', nextStep: 'assess', acknowledgedAt: '2026-05-04T09:00:00.000Z' });

    const assessed = await admin.post(`/api/v1/complaints/${c.id}/assess`, {
      type: 'complaint',
      severity: 'high',
      assessment: 'Versprechen 3 gebrochen.',
      assigneeUserId: memberId,
      responseDueOn: '2026-05-15',
    });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json()).toMatchObject({
      status: 'in_progress',
      severity: 'high',
      responseDueOn: '2026-05-15',
      assignee: { id: memberId },
      nextStep: 'investigate',
    });

    const investigated = await member.post(`/api/v1/complaints/${c.id}/investigate`, { investigation: 'Die Sachbearbeitung war krank.' });
    expect(investigated.json()).toMatchObject({ nextStep: 'respond', allowedSteps: ['investigate', 'respond'] });

    advance(86_400_000);
    const responded = await member.post(`/api/v1/complaints/${c.id}/respond`, { response: 'Ihre Anmeldung ist inzwischen bearbeitet.' });
    expect(responded.json()).toMatchObject({
      status: 'responded',
      respondedAt: '2026-05-05T09:00:00.000Z',
      nextStep: 'communicate_decision',
    });

    const communicated = await admin.post(`/api/v1/complaints/${c.id}/communicate-decision`, { channel: 'email' });
    expect(communicated.json()).toMatchObject({ status: 'responded', nextStep: 'close' });

    const closed = await admin.post(`/api/v1/complaints/${c.id}/close`, {
      satisfaction: 5,
      rootCause: 'staff_conduct',
      correctiveAction: 'Vertretung geregelt.',
    });
    expect(closed.statusCode).toBe(200);
    const done = closed.json();
    expect(done).toMatchObject({ status: 'closed', satisfaction: 5, rootCause: 'staff_conduct', nextStep: null, allowedSteps: [] });
    expect(done.events.map((e: { step: string; actor: { id: string } | null }) => [e.step, e.actor?.id])).toEqual([
      ['received', member.userId],
      ['acknowledged', admin.userId],
      ['assessed', admin.userId],
      ['investigated', member.userId],
      ['responded', member.userId],
      ['decision_communicated', admin.userId],
      ['closed', admin.userId],
    ]);
    expect(done.events[5].data).toEqual({ channel: 'email' });
  });

  it('sends the response through the mail outbox (held without SMTP) when the complainant consented and gave an address', async () => {
    at('2026-05-04T08:00:00Z');
    const c = await enter(admin);
    await walk(c.id, 'respond');
    const res = await admin.post(`/api/v1/complaints/${c.id}/respond`, { response: 'Antwort mit Lösung.' });
    expect(res.json().events.at(-1)).toMatchObject({ step: 'responded', data: { mailed: 'true' } });
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.relatedId, c.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      status: 'held',
      toAddress: 'erika@example.org',
      organizationId: orgId,
      relatedType: 'complaint',
      subject: `Ihre Beschwerde ${c.number}: unsere Antwort`,
    });
    expect(mails[0]!.body).toContain('Antwort mit Lösung.');
    expect(t.jobs.jobs.filter((j) => j.name === 'mail-send')).toHaveLength(0); // nothing to nudge without SMTP
  });

  it('sends nothing without consent, and refuses an acknowledgement message it could not deliver', async () => {
    const c = await enter(admin, { consent: false, complainantName: undefined, complainantEmail: undefined, complainantPhone: undefined });
    const ack = await admin.post(`/api/v1/complaints/${c.id}/acknowledge`, { message: 'Danke für Ihre Nachricht.' });
    expect(ack.statusCode).toBe(400);
    expect(ack.json().message).toMatch(/^message: /);
    await walk(c.id, 'respond');
    const res = await admin.post(`/api/v1/complaints/${c.id}/respond`, { response: 'Antwort.' });
    expect(res.json()).toMatchObject({
      canMail: false,
      events: expect.arrayContaining([expect.objectContaining({ step: 'responded', data: { mailed: 'false' } })]),
    });
    expect(await t.database.db.$count(mailOutbox, eq(mailOutbox.relatedId, c.id))).toBe(0);
    const byMail = await admin.post(`/api/v1/complaints/${c.id}/communicate-decision`, { channel: 'email' });
    expect(byMail.statusCode).toBe(400);
    expect(byMail.json().message).toMatch(/^channel: /);
  });

  it('answers 409 naming the current status when a step comes out of order', async () => {
    const c = await enter(admin);
    const early = await admin.post(`/api/v1/complaints/${c.id}/respond`, { response: 'Zu früh.' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe(`Complaint ${c.number}: the complaint is received; the next step is acknowledge`);
    await walk(c.id, 'investigate');
    const noInvestigation = await admin.post(`/api/v1/complaints/${c.id}/respond`, { response: 'Ohne Prüfung.' });
    expect(noInvestigation.statusCode).toBe(409);
    expect(noInvestigation.json().message).toContain('is in_progress; the next step is investigate');
    await walk(c.id, 'end');
    const again = await admin.post(`/api/v1/complaints/${c.id}/acknowledge`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('is closed');
  });

  it('validates each step: assignee of the same administration, a due date not in the past, a root cause to close a complaint', async () => {
    at('2026-05-04T08:00:00Z');
    const c = await enter(admin);
    await admin.post(`/api/v1/complaints/${c.id}/acknowledge`, {});
    const assess = { type: 'complaint', severity: 'low', assessment: 'Prüfen.', assigneeUserId: other.userId, responseDueOn: '2026-05-20' };
    const foreign = await admin.post(`/api/v1/complaints/${c.id}/assess`, assess);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toMatch(/^assigneeUserId: /);
    const past = await admin.post(`/api/v1/complaints/${c.id}/assess`, {
      ...assess,
      assigneeUserId: memberId,
      responseDueOn: '2026-05-03',
    });
    expect(past.json().message).toBe('responseDueOn: 2026-05-03 lies in the past');
    const badSeverity = await admin.post(`/api/v1/complaints/${c.id}/assess`, {
      ...assess,
      assigneeUserId: memberId,
      severity: 'apocalyptic',
    });
    expect(badSeverity.statusCode).toBe(400);
    expect(badSeverity.json().message).toContain('severity');
    await walk(c.id, 'close');
    const noCause = await admin.post(`/api/v1/complaints/${c.id}/close`, { satisfaction: 3 });
    expect(noCause.json().message).toBe('rootCause: required to close a complaint');
    const badScore = await admin.post(`/api/v1/complaints/${c.id}/close`, { satisfaction: 6, rootCause: 'process' });
    expect(badScore.statusCode).toBe(400);
    expect(badScore.json().message).toContain('satisfaction');
  });
});

describe('numbers', () => {
  it('count per administration and year, B-2026-0001 onwards, without gaps or doubles under concurrency', async () => {
    const db = t.database.db;
    const town = await createMunicipality(db);
    const client = await staff(town.admin.email);
    at('2026-03-02T09:00:00Z');
    const numbers = await Promise.all(Array.from({ length: 6 }, () => enter(client).then((c) => c.number)));
    expect(numbers.sort()).toEqual(['B-2026-0001', 'B-2026-0002', 'B-2026-0003', 'B-2026-0004', 'B-2026-0005', 'B-2026-0006']);
    // Berlin's new year begins at 23:00 UTC on 31 December
    at('2026-12-31T23:30:00Z');
    expect((await enter(client)).number).toBe('B-2027-0001');
    // a letter from last year entered in January keeps last year's series
    expect((await enter(client, { channel: 'letter', receivedAt: '2026-12-30T10:00:00+01:00' })).number).toBe('B-2026-0007');
  });
});

describe('acknowledgement deadline: 3 working days on the administration’s calendar', () => {
  async function dueFor(stateCode: string, receivedAt: string) {
    const db = t.database.db;
    const org = await createOrganization(db, { kind: 'municipality', stateCode });
    const user = await createUser(db, org.id, 'municipality_admin');
    const client = await staff(user.email);
    at(receivedAt);
    return { client, due: (await enter(client)).acknowledgementDueOn };
  }

  it('skips Corpus Christi in North Rhine-Westphalia but not in Berlin', async () => {
    // received Wed 3 June 2026; Thu 4 June is Fronleichnam in NW: Fri 5, Mon 8, Tue 9
    expect((await dueFor('NW', '2026-06-03T08:00:00Z')).due).toBe('2026-06-09');
    // Berlin keeps working on Fronleichnam: Thu 4, Fri 5, Mon 8
    expect((await dueFor('BE', '2026-06-03T08:00:00Z')).due).toBe('2026-06-08');
  });

  it('counts from the Berlin date of receipt and skips weekends and Ascension Day', async () => {
    // Fri 8 May 2026 23:30 UTC is already Saturday 9 May in Berlin: Mon 11, Tue 12, Wed 13
    expect((await dueFor('NW', '2026-05-08T23:30:00Z')).due).toBe('2026-05-13');
    // received Tue 12 May: Wed 13, (Thu 14 Ascension), Fri 15, Mon 18
    expect((await dueFor('NW', '2026-05-12T08:00:00Z')).due).toBe('2026-05-18');
  });

  it('skips the administration’s own closure days', async () => {
    const { client } = await dueFor('NW', '2026-06-01T08:00:00Z');
    const calendar = await client.put('/api/v1/calendar', { region: 'DE-NW', closureDays: [{ date: '2026-06-05', reason: 'Brückentag' }] });
    expect(calendar.statusCode, calendar.body).toBe(200);
    at('2026-06-03T08:00:00Z');
    // Thu 4 holiday, Fri 5 closed: Mon 8, Tue 9, Wed 10
    expect((await enter(client)).acknowledgementDueOn).toBe('2026-06-10');
  });

  it('marks a complaint overdue the day after the due date and lists it under the overdue filter', async () => {
    const { client, due } = await dueFor('NW', '2026-06-03T08:00:00Z');
    at(`${due}T20:00:00Z`); // 22:00 in Berlin, still the due date
    expect((await client.get('/api/v1/complaints?overdue=true')).json().total).toBe(0);
    at('2026-06-10T06:00:00Z');
    const list = (await client.get('/api/v1/complaints?overdue=true')).json();
    expect(list.total).toBe(1);
    expect(list.items[0].acknowledgementOverdue).toBe(true);
  });
});

describe('tenants and links', () => {
  it('answers 404 for another administration’s complaint, and 403 for a certifier', async () => {
    const c = await enter(admin);
    expect((await other.get(`/api/v1/complaints/${c.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/complaints/${c.id}/acknowledge`, {})).statusCode).toBe(404);
    expect((await other.post(`/api/v1/complaints/${c.id}/erase-personal-data`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/complaints')).json().items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    expect((await certifier.get('/api/v1/complaints')).statusCode).toBe(403);
  });

  it('links a promise and a case of the same administration, and refuses another’s', async () => {
    const db = t.database.db;
    const mine = await promiseAndCase(db, orgId);
    const theirs = await promiseAndCase(db, other.organizationId);
    const linked = await admin.post('/api/v1/complaints', entry({ caseId: mine.kase.id }));
    expect(linked.statusCode).toBe(201);
    // the case's promise comes along
    expect(linked.json()).toMatchObject({
      case: { id: mine.kase.id, reference: 'GA-2026-17' },
      promise: { id: mine.promise.id, title: 'Gewerbeanmeldung in 1 Arbeitstag' },
    });
    const byPromise = await admin.get(`/api/v1/complaints?promiseId=${mine.promise.id}`);
    expect(byPromise.json().items.map((i: { id: string }) => i.id)).toEqual([linked.json().id]);

    const foreignPromise = await admin.post('/api/v1/complaints', entry({ promiseId: theirs.promise.id }));
    expect(foreignPromise.statusCode).toBe(400);
    expect(foreignPromise.json().message).toBe(`promiseId: no service promise ${theirs.promise.id} in this administration`);
    const foreignCase = await admin.post('/api/v1/complaints', entry({ caseId: theirs.kase.id }));
    expect(foreignCase.statusCode).toBe(400);
    expect(foreignCase.json().message).toMatch(/^caseId: /);
  });
});

describe('staff entry input', () => {
  it('refuses over-long texts naming the field, contact data without consent, and an anonymous complaint with contact data', async () => {
    const long = await admin.post('/api/v1/complaints', entry({ description: 'x'.repeat(5001) }));
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toContain('description');
    const longName = await admin.post('/api/v1/complaints', entry({ complainantName: 'n'.repeat(201) }));
    expect(longName.json().message).toContain('complainantName');
    const noConsent = await admin.post('/api/v1/complaints', entry({ consent: false }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().message).toMatch(/^consent: /);
    const anonymous = await admin.post(
      '/api/v1/complaints',
      entry({ anonymous: true, complainantPhone: undefined, complainantName: undefined }),
    );
    expect(anonymous.json().message).toMatch(/^complainantEmail: an anonymous complaint/);
    const webForm = await admin.post('/api/v1/complaints', entry({ channel: 'web_form' }));
    expect(webForm.json().message).toContain('channel');
    const future = await admin.post('/api/v1/complaints', entry({ receivedAt: new Date(t.clock.now.getTime() + 3_600_000).toISOString() }));
    expect(future.json().message).toBe('receivedAt: lies in the future');
    const investigation = await enter(admin);
    await walk(investigation.id, 'investigate');
    const tooLong = await admin.post(`/api/v1/complaints/${investigation.id}/investigate`, { investigation: 'y'.repeat(10_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toContain('investigation');
  });
});

describe('the public form', () => {
  async function publicSubmit(organizationId: string, body: Record<string, unknown>) {
    const ip = `192.0.2.${++ipCounter}`;
    const token = (await t.app.inject({ method: 'GET', url: '/api/v1/public/form-token', headers: { 'x-forwarded-for': ip } })).json()
      .token;
    advance(8_000);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/public/administrations/${organizationId}/complaints`,
      headers: { 'x-forwarded-for': ip },
      payload: { formToken: token, website: '', ...body },
    });
  }

  it('files a complaint without login, answers only its number, and mails a receipt with consent', async () => {
    at('2026-05-04T08:00:00Z');
    const info = await t.app.inject({ method: 'GET', url: `/api/v1/public/administrations/${orgId}/complaint-form` });
    expect(info.json().administration).toEqual({ id: orgId, name: 'Stadt Beschwerdetal' });
    const res = await publicSubmit(orgId, {
      type: 'idea',
      description: 'Online-Terminbuchung wäre schön.',
      complainantEmail: 'idee@example.org',
      consent: true,
    });
    expect(res.statusCode).toBe(201);
    expect(Object.keys(res.json())).toEqual(['number']);
    const [row] = await t.database.db
      .select()
      .from(complaint)
      .where(and(eq(complaint.organizationId, orgId), eq(complaint.number, res.json().number)));
    expect(row).toMatchObject({
      organizationId: orgId,
      channel: 'web_form',
      type: 'idea',
      status: 'received',
      complainantEmail: 'idee@example.org',
    });
    const events = await t.database.db.select().from(complaintEvent).where(eq(complaintEvent.complaintId, row!.id));
    expect(events).toMatchObject([{ step: 'received', actorUserId: null, data: { channel: 'web_form' } }]);
    const [mail] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.relatedId, row!.id));
    expect(mail).toMatchObject({ toAddress: 'idee@example.org', status: 'held', subject: `Ihre Anregung ${row!.number} ist eingegangen` });
    expect(mail!.body).toContain('Stadt Beschwerdetal');
  });

  it('takes anonymous complaints, needs consent for contact data, and knows no unknown administration', async () => {
    const anonymous = await publicSubmit(orgId, { anonymous: true, description: 'Anonym: Wartezeit zu lang.' });
    expect(anonymous.statusCode).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(complaint)
      .where(and(eq(complaint.organizationId, orgId), eq(complaint.number, anonymous.json().number)));
    expect(await t.database.db.$count(mailOutbox, eq(mailOutbox.relatedId, row!.id))).toBe(0);
    const noConsent = await publicSubmit(orgId, { description: 'Bitte zurückrufen.', complainantPhone: '0201 1234' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().message).toMatch(/^consent: /);
    const unknown = await publicSubmit('00000000-0000-4000-8000-000000000000', { description: 'Hallo?' });
    expect(unknown.statusCode).toBe(404);
    const tooLong = await publicSubmit(orgId, { description: 'z'.repeat(5001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toContain('description');
    const badMail = await publicSubmit(orgId, { description: 'x', complainantEmail: 'not-an-address', consent: true });
    expect(badMail.json().message).toContain('complainantEmail');
  });
});

describe('GDPR erasure', () => {
  it('removes personal data for good, keeps what the statistics count, and happens once', async () => {
    at('2026-05-04T08:00:00Z');
    const c = await enter(admin);
    await walk(c.id, 'end');
    const statsBefore = (await admin.get('/api/v1/complaints/stats?from=2026-01-01&to=2026-12-31')).json();

    expect((await member.post(`/api/v1/complaints/${c.id}/erase-personal-data`)).statusCode).toBe(403);
    const erased = await admin.post(`/api/v1/complaints/${c.id}/erase-personal-data`);
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({
      personalDataErased: true,
      complainantName: null,
      events: expect.arrayContaining([expect.objectContaining({ step: 'personal_data_erased' })]),
    });

    const [row] = await t.database.db.select().from(complaint).where(eq(complaint.id, c.id));
    expect(row).toMatchObject({
      complainantName: null,
      complainantEmail: null,
      complainantPhone: null,
      description: '[personenbezogene Daten gelöscht]',
      remedySought: '[personenbezogene Daten gelöscht]',
      assessment: '[personenbezogene Daten gelöscht]',
      investigation: '[personenbezogene Daten gelöscht]',
      response: '[personenbezogene Daten gelöscht]',
      // what the statistics count stays
      number: c.number,
      channel: 'phone',
      type: 'complaint',
      severity: 'medium',
      status: 'closed',
      satisfaction: 4,
      rootCause: 'process',
      acknowledgementDueOn: c.acknowledgementDueOn,
    });
    expect(row!.personalDataErasedAt).toEqual(t.clock.now);
    expect(row!.receivedAt).toBeInstanceOf(Date);
    expect(row!.respondedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toMatch(/Erika|erika@example|123456|Urlaubsvertretung|Entschuldigung/);

    expect((await admin.get('/api/v1/complaints/stats?from=2026-01-01&to=2026-12-31')).json()).toEqual(statsBefore);
    const again = await admin.post(`/api/v1/complaints/${c.id}/erase-personal-data`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('already erased');
  });
});

describe('statistics', () => {
  it('counts by type, status and severity, the share acknowledged in time and the median days to response, in SQL', async () => {
    const db = t.database.db;
    const town = await createMunicipality(db);
    const client = await staff(town.admin.email);
    const assignee = town.member.id;
    const step = (id: string, s: string, body: unknown) =>
      client.post(`/api/v1/complaints/${id}/${s}`, body).then((r) => expect(r.statusCode, r.body).toBe(200));

    // Mon 2 March 2026: due Thu 5 March. A: acknowledged on time, responded after 2 days
    at('2026-03-02T09:00:00Z');
    const a = await enter(client);
    const b = await enter(client, { type: 'praise' });
    const c = await enter(client, { type: 'idea' });
    await step(a.id, 'acknowledge', {});
    await step(a.id, 'assess', {
      type: 'complaint',
      severity: 'high',
      assessment: 'x',
      assigneeUserId: assignee,
      responseDueOn: '2026-03-20',
    });
    await step(a.id, 'investigate', { investigation: 'x' });
    at('2026-03-04T09:00:00Z');
    await step(a.id, 'respond', { response: 'x' });
    // B: acknowledged late on Fri 6 March, responded 5 days after receipt
    at('2026-03-06T09:00:00Z');
    await step(b.id, 'acknowledge', {});
    await step(b.id, 'assess', { type: 'praise', severity: 'low', assessment: 'x', assigneeUserId: assignee, responseDueOn: '2026-03-20' });
    await step(b.id, 'investigate', { investigation: 'x' });
    at('2026-03-07T09:00:00Z');
    await step(b.id, 'respond', { response: 'x' });
    // C stays unacknowledged past its due date; D is received today and not due yet; E lies outside the period
    at('2026-04-01T09:00:00Z');
    await enter(client);
    at('2025-12-15T09:00:00Z');
    await enter(client);
    at('2026-04-01T09:00:00Z');

    const res = await client.get('/api/v1/complaints/stats?from=2026-01-01&to=2026-12-31');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      total: 4,
      byType: { complaint: 2, idea: 1, praise: 1 },
      byStatus: { received: 2, acknowledged: 0, in_progress: 0, responded: 2, closed: 0 },
      bySeverity: { low: 1, medium: 0, high: 1, unassessed: 2 },
      byRootCause: [],
      // A in time, B late, C overdue; D not due yet
      acknowledgement: { decided: 3, withinDeadline: 1, share: 0.3333 },
      // A: 2 days, B: 5 days
      medianDaysToResponse: 3.5,
      satisfaction: { answers: 0, average: null },
    });
    expect(c.number).toBeDefined();
    const bad = await client.get('/api/v1/complaints/stats?from=2026-12-31&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('from');
  });
});

describe('list', () => {
  it('filters by status and type and pages newest first', async () => {
    const db = t.database.db;
    const town = await createMunicipality(db);
    const client = await staff(town.admin.email);
    at('2026-02-02T09:00:00Z');
    const first = await enter(client, { type: 'praise' });
    advance(60_000);
    const second = await enter(client);
    advance(60_000);
    const third = await enter(client);
    await client.post(`/api/v1/complaints/${third.id}/acknowledge`, {});
    const page1 = (await client.get('/api/v1/complaints?pageSize=2')).json();
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([third.id, second.id]);
    expect((await client.get('/api/v1/complaints?pageSize=2&page=2')).json().items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    expect((await client.get('/api/v1/complaints?status=acknowledged')).json().items.map((i: { id: string }) => i.id)).toEqual([third.id]);
    expect((await client.get('/api/v1/complaints?type=praise')).json().items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    expect((await client.get('/api/v1/complaints?status=lost')).statusCode).toBe(400);
    const options = (await client.get('/api/v1/complaints/options')).json();
    expect(options.assignees.map((a: { id: string }) => a.id).sort()).toEqual([town.admin.id, town.member.id].sort());
  });
});
