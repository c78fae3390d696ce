// Service promises and cases through the HTTP API on a real database: versioned promises and
// calendars, the case lifecycle rebuilt from its event log, the worklist, delay notices and
// warnings through the mail outbox (and a real SMTP peer), tenancy and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../src/server/mail/mailer.js';
import { createMunicipality, createUser, PASSWORD } from './support/factories.js';
import { startSmtpPeer } from './support/smtp-peer.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

let t: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let admin: Client;
let member: Client;
let pilotUser: Client;
let other: Client;
let tradeRegistration: { id: string; key: string };
let pilotId: string;

const gewerbe = {
  number: 3,
  title: 'Gewerbeanmeldung in 1 Arbeitstag',
  area: 'trade_registration',
  startEvent: 'vollständige Anmeldung geht ein',
  stopEvent: 'Gewerbeschein ist ausgestellt',
  amount: 1,
  unit: 'working_days',
  leikaKey: '99050012104000',
  criterionRefs: [{ schemeId: 'gsm-serviceversprechen', criterionId: 'gewerbeanmeldung' }],
};

beforeAll(async () => {
  smtp = await startSmtpPeer();
  // the clock walks through weeks of cases: sessions must outlive it
  t = await createTestApp({ mailer: createSmtpMailer(smtp.url, 'Siegelwerk <no-reply@test.example>'), sessionTtlMs: 365 * 86_400_000 });
  const city = await createMunicipality(t.database.db, 'Stadt Fristenfeld');
  const pilotAccount = await createUser(t.database.db, city.org.id, 'municipality_member');
  const stranger = await createMunicipality(t.database.db);
  admin = await login(t.app, city.admin.email, PASSWORD);
  member = await login(t.app, city.member.email, PASSWORD);
  pilotUser = await login(t.app, pilotAccount.email, PASSWORD);
  other = await login(t.app, stranger.admin.email, PASSWORD);
  // Monday 4 May 2026, 10:00 in Berlin
  t.clock.now = new Date('2026-05-04T08:00:00Z');
  const pilot = await admin.post('/api/v1/pilots', {
    name: 'Lena Lotse',
    jobTitle: 'Wirtschaftsförderung',
    email: 'lotse@fristenfeld.example',
    phone: '0209 1234',
    userId: pilotAccount.id,
    areas: ['trade_registration'],
  });
  expect(pilot.statusCode).toBe(201);
  pilotId = pilot.json().id;
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('promises and calendar', () => {
  it('an admin adds a promise; a change is a new version and the old one is retired', async () => {
    const created = await admin.post('/api/v1/promises', gewerbe);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: 'gewerbeanmeldung-in-1-arbeitstag', version: 1, amount: 1, unit: 'working_days' });
    tradeRegistration = { id: created.json().id, key: created.json().key };
    const changed = await admin.put(`/api/v1/promises/${tradeRegistration.id}`, {
      ...gewerbe,
      description: 'Gilt für vollständige Anmeldungen.',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ key: tradeRegistration.key, version: 2 });
    const versions = await admin.get(`/api/v1/promises/${tradeRegistration.id}/versions`);
    expect(versions.json().items.map((v: { version: number; retiredAt: string | null }) => [v.version, v.retiredAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);
    const again = await admin.put(`/api/v1/promises/${tradeRegistration.id}`, gewerbe);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/old version/);
    tradeRegistration.id = changed.json().id;
  });

  it('refuses a deadline half given, an unknown criterion, a bad LeiKa key and a member who is no admin', async () => {
    expect((await admin.post('/api/v1/promises', { ...gewerbe, title: 'Ohne Einheit', unit: null })).json().message).toMatch(
      /amount and unit/,
    );
    expect(
      (
        await admin.post('/api/v1/promises', {
          ...gewerbe,
          title: 'Falsches Kriterium',
          criterionRefs: [{ schemeId: 'ral-gz-981', criterionId: 'gibt-es-nicht' }],
        })
      ).json().message,
    ).toMatch(/no criterion "gibt-es-nicht"/);
    const leika = await admin.post('/api/v1/promises', { ...gewerbe, title: 'Kaputter Schlüssel', leikaKey: '123' });
    expect(leika.statusCode).toBe(400);
    expect(leika.json().message).toMatch(/leikaKey/);
    expect((await member.post('/api/v1/promises', { ...gewerbe, title: 'Darf ich nicht' })).statusCode).toBe(403);
  });

  it('the calendar starts from the Land and every change is a new version', async () => {
    const first = await member.get('/api/v1/calendar');
    expect(first.json().current).toMatchObject({ version: 1, region: 'DE-NW', closureDays: [] });
    const changed = await admin.put('/api/v1/calendar', {
      region: 'DE-NW',
      closureDays: [
        { date: '2026-12-24', reason: 'Heiligabend' },
        { date: '2026-05-15', reason: 'Brückentag' },
      ],
    });
    expect(changed.json()).toMatchObject({ version: 2, closureDays: [{ date: '2026-05-15' }, { date: '2026-12-24' }] });
    expect((await admin.put('/api/v1/calendar', { region: 'DE-XX', closureDays: [] })).json().message).toMatch(
      /unknown holiday region "DE-XX"/,
    );
    expect(
      (
        await admin.put('/api/v1/calendar', {
          region: 'DE-NW',
          closureDays: [
            { date: '2026-12-24', reason: 'a' },
            { date: '2026-12-24', reason: 'b' },
          ],
        })
      ).json().message,
    ).toMatch(/listed twice/);
    // back to no closure days for the cases below
    expect((await admin.put('/api/v1/calendar', { region: 'DE-NW', closureDays: [] })).json().version).toBe(3);
  });
});

describe('the case lifecycle', () => {
  let caseId: string;

  it('a case received on Wed 13 May is due Fri 15 May (Ascension Day between) and keeps its promise and calendar version', async () => {
    t.clock.now = new Date('2026-05-13T09:00:00Z');
    const res = await member.post('/api/v1/cases', {
      promiseKey: tradeRegistration.key,
      subject: 'Gewerbeanmeldung Bäckerei',
      businessName: 'Bäckerei Korn GmbH',
      contactEmail: 'info@korn.example',
      pilotId,
    });
    expect(res.statusCode).toBe(201);
    caseId = res.json().id;
    const detail = (await member.get(`/api/v1/cases/${caseId}`)).json();
    expect(detail).toMatchObject({
      reference: 'SV-2026-00001',
      receivedOn: '2026-05-13',
      dueOn: '2026-05-15',
      warningOn: '2026-05-13',
      status: 'open',
      state: 'at_risk',
      pilotName: 'Lena Lotse',
    });
    expect(detail.promise).toMatchObject({ version: 2 });
    expect(detail.calendar).toMatchObject({ version: 3, region: 'DE-NW' });
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['received', 'assigned']);
    expect(detail.delayNoticeDue).toBe(true);
  });

  it('a pause moves the due date by the paused working days; resuming rebuilds it from the log', async () => {
    t.clock.now = new Date('2026-05-15T09:00:00Z');
    const paused = await member.post(`/api/v1/cases/${caseId}/events`, {
      kind: 'paused',
      onDate: '2026-05-14',
      reason: 'Führungszeugnis fehlt',
    });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ status: 'paused', dueOn: null, state: 'paused' });
    t.clock.now = new Date('2026-05-18T09:00:00Z');
    // paused Thu 14 – Mon 18 May: Fri 15 and Mon 18 do not count → due Tue 19 May
    const resumed = await member.post(`/api/v1/cases/${caseId}/events`, { kind: 'resumed', onDate: '2026-05-18' });
    expect(resumed.json()).toMatchObject({ status: 'open', dueOn: '2026-05-19', pauses: [{ from: '2026-05-14', to: '2026-05-18' }] });
  });

  it('refuses an impossible step with 409 and a date in the future with 400, changing nothing', async () => {
    const before = (await member.get(`/api/v1/cases/${caseId}`)).json();
    const resumeAgain = await member.post(`/api/v1/cases/${caseId}/events`, { kind: 'resumed' });
    expect(resumeAgain.statusCode).toBe(409);
    expect(resumeAgain.json().message).toMatch(/only a paused case can be resumed/);
    const future = await member.post(`/api/v1/cases/${caseId}/events`, { kind: 'fulfilled', onDate: '2026-06-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toMatch(/onDate: 2026-06-01 lies in the future/);
    const unknownKind = await member.post(`/api/v1/cases/${caseId}/events`, { kind: 'vanished' });
    expect(unknownKind.statusCode).toBe(400);
    expect((await member.get(`/api/v1/cases/${caseId}`)).json().events).toHaveLength(before.events.length);
  });

  it('fulfilment on time records the duration in unpaused working days', async () => {
    const done = await member.post(`/api/v1/cases/${caseId}/events`, { kind: 'fulfilled', onDate: '2026-05-18' });
    // working days in (13, 18 May]: Fri 15, Mon 18 — both paused → 0
    expect(done.json()).toMatchObject({ status: 'fulfilled', state: 'met', fulfilledOn: '2026-05-18', durationWorkingDays: 0 });
  });

  it('an external id makes a repeated API call create one case', async () => {
    const body = { promiseKey: tradeRegistration.key, externalId: 'fachverfahren-4711', subject: 'Ummeldung' };
    expect((await member.post('/api/v1/cases', body)).statusCode).toBe(201);
    const repeat = await member.post('/api/v1/cases', body);
    expect(repeat.statusCode).toBe(409);
    expect(repeat.json().message).toMatch(/fachverfahren-4711/);
    const list = (await member.get(`/api/v1/cases?q=Ummeldung`)).json();
    expect(list.total).toBe(1);
  });

  it('excluded cases carry their reason; the state filter finds each group', async () => {
    const id = (await member.post('/api/v1/cases', { promiseKey: tradeRegistration.key, subject: 'Zurückgezogen' })).json().id;
    const excluded = await member.post(`/api/v1/cases/${id}/events`, { kind: 'excluded', reason: 'withdrawn' });
    expect(excluded.json()).toMatchObject({ state: 'excluded', exclusionReason: 'withdrawn' });
    const states = (await member.get('/api/v1/cases?state=excluded,met'))
      .json()
      .items.map((c: { state: string }) => c.state)
      .sort();
    expect(states).toEqual(['excluded', 'met']);
    const bad = await member.get('/api/v1/cases?state=late');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/unknown state "late"/);
  });

  it('another administration sees none of it', async () => {
    expect((await other.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/cases/${caseId}/events`, { kind: 'reopened', reason: 'x' })).statusCode).toBe(404);
    expect((await other.get('/api/v1/cases')).json().total).toBe(0);
    const foreignPromise = await other.post('/api/v1/cases', { promiseId: tradeRegistration.id });
    expect(foreignPromise.statusCode).toBe(400);
    expect(foreignPromise.json().message).toMatch(/no current promise/);
  });
});

describe('warnings, worklist and delay notice', () => {
  let lateId: string;

  it('the warning job waits for office hours, then puts the case on the pilot’s worklist and mails the pilot', async () => {
    // received Mon 1 Jun 2026 (a working day in NW), due Tue 2 Jun; warning point on receipt
    t.clock.now = new Date('2026-06-01T08:00:00Z');
    lateId = (
      await member.post('/api/v1/cases', {
        promiseKey: tradeRegistration.key,
        subject: 'Gewerbeanmeldung Imbiss',
        contactEmail: 'imbiss@example.org',
        contactName: 'Frau Demir',
        pilotId,
      })
    ).json().id;
    // 20:00 Berlin: nobody is warned at night
    // (the unassigned "Ummeldung" from May is still open and overdue: it waits too)
    t.clock.now = new Date('2026-06-01T18:00:00Z');
    expect(await t.services.caseNotices.raiseWarnings()).toEqual({ warned: 0, deferred: 2 });
    // next morning 08:00 Berlin
    t.clock.now = new Date('2026-06-02T06:00:00Z');
    expect(await t.services.caseNotices.raiseWarnings()).toEqual({ warned: 2, deferred: 0 });
    expect(await t.services.caseNotices.raiseWarnings()).toEqual({ warned: 0, deferred: 0 });
    const worklist = (await pilotUser.get('/api/v1/worklist')).json();
    expect(worklist.pilot.name).toBe('Lena Lotse');
    expect(worklist.cases.map((c: { id: string }) => c.id)).toContain(lateId);
    const outbox: { toAddress: string; status: string; body: string }[] = (await admin.get('/api/v1/outbox')).json().items;
    const toPilot = outbox.find((m) => m.toAddress === 'lotse@fristenfeld.example');
    expect(toPilot).toMatchObject({ status: 'pending' });
    expect(toPilot?.body).toContain('Zwischennachricht an das Unternehmen noch offen');
    // the unassigned case goes to the administration's admin
    expect(outbox.find((m) => m.body.includes('Ummeldung'))?.toAddress).not.toBe('lotse@fristenfeld.example');
  });

  it('the delay notice goes to the business through the outbox and arrives at the SMTP peer', async () => {
    const notice = await pilotUser.post(`/api/v1/cases/${lateId}/delay-notice`, {
      reason: 'Rückfrage beim Ordnungsamt',
      expectedOn: '2026-06-05',
      channel: 'email',
    });
    expect(notice.statusCode).toBe(200);
    expect(notice.json()).toMatchObject({ delayNoticeDue: false });
    expect(notice.json().events.at(-1)).toMatchObject({ kind: 'delay_notice_sent', data: { channel: 'email', expectedOn: '2026-06-05' } });
    expect(t.jobs.jobs.some((j) => j.name === 'mail-send')).toBe(true);
    expect(await t.services.mail.sendPending()).toEqual({ sent: 3, failed: 0 });
    const toBusiness = smtp.received.find((m) => m.to.includes('imbiss@example.org'));
    expect(toBusiness?.subject).toMatch(/^Ihr Anliegen SV-2026-\d{5}: Bearbeitung verzögert sich$/);
    expect(toBusiness?.text).toContain('Grund: Rückfrage beim Ordnungsamt');
    expect(toBusiness?.text).toContain('Voraussichtlich erledigt bis: 05.06.2026');
    expect(toBusiness?.text).toContain('Ihr Lotse Lena Lotse');
    expect(smtp.received.some((m) => m.to.includes('lotse@fristenfeld.example'))).toBe(true);
    const outbox = (await admin.get('/api/v1/outbox')).json().items;
    expect(outbox.every((m: { status: string }) => m.status === 'sent')).toBe(true);
  });

  it('a delay notice by e-mail needs the business’s address, and a done case has no delay', async () => {
    const noMail = (await member.post('/api/v1/cases', { promiseKey: tradeRegistration.key, subject: 'Ohne Adresse' })).json().id;
    const res = await member.post(`/api/v1/cases/${noMail}/delay-notice`, {
      reason: 'Krankheit',
      expectedOn: '2026-06-10',
      channel: 'email',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/no e-mail address/);
    expect(
      (await member.post(`/api/v1/cases/${noMail}/delay-notice`, { reason: 'Krankheit', expectedOn: '2026-06-10', channel: 'phone' }))
        .statusCode,
    ).toBe(200);
    await member.post(`/api/v1/cases/${noMail}/events`, { kind: 'fulfilled' });
    expect(
      (await member.post(`/api/v1/cases/${noMail}/delay-notice`, { reason: 'x y z', expectedOn: '2026-06-10', channel: 'phone' }))
        .statusCode,
    ).toBe(409);
  });

  it('GDPR: the admin erases the business’s data; the dates stay', async () => {
    expect((await member.post(`/api/v1/cases/${lateId}/erase-personal-data`)).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/cases/${lateId}/erase-personal-data`)).statusCode).toBe(200);
    const c = (await admin.get(`/api/v1/cases/${lateId}`)).json();
    expect(c).toMatchObject({ contactEmail: null, contactName: null, subject: '', receivedOn: '2026-06-01', dueOn: '2026-06-02' });
    // the delay notice mail that went to the business keeps no trace of address or text
    const mails: { toAddress: string; body: string; relatedId: string | null; status: string }[] = (
      await admin.get('/api/v1/outbox')
    ).json().items;
    const notice = mails.filter((m) => m.relatedId === lateId);
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ toAddress: '[gelöscht]', body: '[gelöscht]', status: 'sent' });
    expect(JSON.stringify(mails)).not.toContain('imbiss@example.org');
    expect((await admin.post(`/api/v1/cases/${lateId}/erase-personal-data`)).statusCode).toBe(409);
  });
});

describe('the public deadline calculator', () => {
  it('answers the due date under a Land’s holidays', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/deadlines?region=DE-NW&start=2026-05-13&amount=1&unit=working_days' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ region: 'DE-NW', start: '2026-05-13', amount: 1, unit: 'working_days', due: '2026-05-15' });
    // 8 weeks from Mon 5 Oct 2026 end on Mon 30 Nov; in Saxony Buß- und Bettag (18 Nov) changes nothing
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/deadlines?region=DE-SN&start=2026-10-05&amount=8&unit=weeks' })).json().due,
    ).toBe('2026-11-30');
  });

  it.each([
    ['region=DE-XX&start=2026-05-13&amount=1&unit=working_days', /region: unknown region "DE-XX"/],
    ['region=DE-NW&start=2026-13-01&amount=1&unit=working_days', /start/],
    ['region=DE-NW&start=13.05.2026&amount=1&unit=working_days', /start: must be a date as YYYY-MM-DD/],
    ['region=DE-NW&start=2026-05-13&amount=0&unit=working_days', /amount: must be at least 1/],
    ['region=DE-NW&start=2026-05-13&amount=3651&unit=days', /amount: must be at most 3650/],
    ['region=DE-NW&start=2026-05-13&amount=1&unit=fortnights', /unit/],
    ['region=DE-NW&start=1999-12-31&amount=1&unit=days', /outside the supported calendar range/],
  ])('%s → 400', async (qs, message) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/deadlines?${qs}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
  });
});
