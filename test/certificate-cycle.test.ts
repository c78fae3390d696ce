// The certificate's cycle through the API: owed audits made at issue, the state on each day
// (surveillance due, suspended the day after a missed audit — in the public registry too),
// starting a surveillance audit as a copy of the last assessment, its decision, reminders on
// working days, and a recertification that runs on from the old expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { certify, decide, type Parties } from './support/procedures.js';
import { createTestApp, login, type TestContext } from './support/test-app.js';

const ISO = 'iso-9001-2015';
let t: TestContext;
let p: Parties;
let other: Parties;
let certificateId: string;
let firstAssessmentId: string;

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
type Audit = {
  id: string;
  kind: string;
  sequence: number;
  dueOn: string;
  completedOn: string | null;
  outcome: string | null;
  assessmentId: string | null;
};
const cycle = async () =>
  (await p.certifier.get(`/api/v1/certificates/${certificateId}/cycle`)).json() as {
    state: string;
    audits: Audit[];
    nextAuditId: string | null;
  };
const registryStatus = async (name: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/public/registry' }))
    .json()
    .items.find((i: { municipality: string }) => i.municipality === name)?.status;

beforeAll(async () => {
  t = await createTestApp({ sessionTtlMs: 10 * 365 * 86_400_000 });
  const certifier = await createCertifier(t.database.db, [ISO]);
  const city = await createMunicipality(t.database.db, 'Kreisstadt Zyklus');
  p = {
    certifier: await login(t.app, certifier.admin.email, PASSWORD),
    auditor: await login(t.app, certifier.auditor.email, PASSWORD),
    municipality: await login(t.app, city.admin.email, PASSWORD),
  };
  const certifier2 = await createCertifier(t.database.db, [ISO]);
  const city2 = await createMunicipality(t.database.db, 'Gemeinde Fremd');
  other = {
    certifier: await login(t.app, certifier2.admin.email, PASSWORD),
    auditor: await login(t.app, certifier2.auditor.email, PASSWORD),
    municipality: await login(t.app, city2.admin.email, PASSWORD),
  };
  // Monday 16 March 2026: the certification decision
  at('2026-03-16T09:00:00Z');
  const done = await certify(p, t.catalogs, ISO, {
    documentationDueOn: '2026-03-31',
    heldAt: '2026-03-16T08:00:00Z',
    phoneCallAt: '2026-03-16T08:30:00Z',
  });
  certificateId = done.certificateId;
  firstAssessmentId = done.assessmentId;
});

afterAll(async () => t?.close());

describe('the cycle made at issue', () => {
  it('an ISO 9001 certificate owes surveillance audits in years 1 and 2 and a recertification before its expiry', async () => {
    const c = await cycle();
    expect(c.state).toBe('valid');
    expect(c.audits.map((a) => [a.kind, a.sequence, a.dueOn])).toEqual([
      ['surveillance', 1, '2027-03-15'],
      ['surveillance', 2, '2028-03-15'],
      ['recertification', 1, '2029-03-15'],
    ]);
    const overview = (await p.certifier.get('/api/v1/certificates/overview')).json();
    expect(overview.items[0]).toMatchObject({
      id: certificateId,
      state: 'valid',
      nextAudit: { kind: 'surveillance', sequence: 1, dueOn: '2027-03-15' },
    });
    expect((await p.municipality.get(`/api/v1/certificates/${certificateId}/cycle`)).statusCode).toBe(200);
    // issued on the day of the decision, by the service clock
    expect((await p.certifier.get(`/api/v1/certificates/${certificateId}`)).json().issuedAt).toBe('2026-03-16T09:00:00.000Z');
    expect((await other.certifier.get(`/api/v1/certificates/${certificateId}/cycle`)).statusCode).toBe(404);
  });

  it('90 days before the first surveillance the certificate shows as surveillance due', async () => {
    at('2026-12-15T09:00:00Z');
    expect((await cycle()).state).toBe('surveillance_due');
    expect((await p.certifier.get('/api/v1/certificates/overview?state=surveillance_due')).json().total).toBe(1);
    expect(await registryStatus('Kreisstadt Zyklus')).toBe('valid');
  });
});

describe('the iCal feed', () => {
  it('shows the owed audits behind a secret address; rotating it retires the old one', async () => {
    expect((await p.municipality.get('/api/v1/me/calendar-feed')).json()).toEqual({ url: null });
    const made = (await p.municipality.post('/api/v1/me/calendar-feed')).json().url as string;
    expect(made).toMatch(/\/api\/v1\/ical\/[A-Za-z0-9_-]{32}\.ics$/);
    const path = new URL(made).pathname;
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toMatch(/DTSTART;VALUE=DATE:20270315/);
    expect(feed.body).toContain('Überwachungsaudit 1 fällig: Kreisstadt Zyklus');
    // the certifier's own feed shows the same audit from its side; another certifier's does not
    const otherFeed = new URL((await other.certifier.post('/api/v1/me/calendar-feed')).json().url).pathname;
    expect((await t.app.inject({ method: 'GET', url: otherFeed })).body).not.toContain('Kreisstadt Zyklus');
    const rotated = new URL((await p.municipality.post('/api/v1/me/calendar-feed')).json().url).pathname;
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: rotated })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ical/not-a-token.ics' })).statusCode).toBe(404);
  });
});

describe('reminders', () => {
  it('go out on a working day within the certifier’s lead time (20 working days), once, to both sides', async () => {
    // Mon 1 Feb 2027: 30 working days before 15 March — too early
    at('2027-02-01T08:00:00Z');
    expect(await t.services.certificateCycle.sendReminders()).toBe(0);
    // Sat 20 Feb 2027: within the lead time, but no reminders at weekends
    at('2027-02-20T08:00:00Z');
    expect(await t.services.certificateCycle.sendReminders()).toBe(0);
    // Mon 22 Feb 2027: 15 working days before
    at('2027-02-22T08:00:00Z');
    expect(await t.services.certificateCycle.sendReminders()).toBe(1);
    expect(await t.services.certificateCycle.sendReminders()).toBe(0);
    const outbox = (await p.municipality.get('/api/v1/outbox')).json().items as { subject: string; toAddress: string }[];
    expect(
      outbox.filter((m) => m.subject.startsWith('Erinnerung: Überwachungsaudit für Kreisstadt Zyklus fällig bis 15.03.2027')),
    ).toHaveLength(3);
  });
});

describe('reminder settings', () => {
  it('the certifier admin sets the lead time in working days; others read it, bad values are refused', async () => {
    expect((await p.auditor.get('/api/v1/certificates/reminder-settings')).json()).toEqual({ leadWorkingDays: 20 });
    expect((await p.auditor.put('/api/v1/certificates/reminder-settings', { leadWorkingDays: 10 })).statusCode).toBe(403);
    expect((await p.municipality.get('/api/v1/certificates/reminder-settings')).statusCode).toBe(403);
    const zero = await p.certifier.put('/api/v1/certificates/reminder-settings', { leadWorkingDays: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().message).toMatch(/leadWorkingDays: must be at least 1 working day/);
    expect((await p.certifier.put('/api/v1/certificates/reminder-settings', { leadWorkingDays: 25 })).json()).toEqual({
      leadWorkingDays: 25,
    });
    expect((await other.certifier.get('/api/v1/certificates/reminder-settings')).json()).toEqual({ leadWorkingDays: 20 });
    await p.certifier.put('/api/v1/certificates/reminder-settings', { leadWorkingDays: 20 });
  });
});

describe('a surveillance audit', () => {
  let surveillanceId: string;

  it('starts as a copy of the last assessment with scores reset; bad starts change nothing', async () => {
    const c = await cycle();
    const first = c.audits[0]!;
    expect((await p.municipality.post(`/api/v1/certificates/${certificateId}/audits/${first.id}/start`, {})).statusCode).toBe(403);
    expect((await other.certifier.post(`/api/v1/certificates/${certificateId}/audits/${first.id}/start`, {})).statusCode).toBe(404);
    const past = await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${first.id}/start`, {
      documentationDueOn: '2027-01-01',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toMatch(/documentationDueOn: 2027-01-01 lies in the past/);
    const badVersion = await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${first.id}/start`, {
      catalogVersion: '9999.1',
    });
    expect(badVersion.json().message).toMatch(/has no version "9999.1"/);
    const started = await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${first.id}/start`, {});
    expect(started.statusCode).toBe(201);
    surveillanceId = started.json().assessmentId;
    expect((await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${first.id}/start`, {})).statusCode).toBe(409);
    const detail = (await p.certifier.get(`/api/v1/assessments/${surveillanceId}`)).json();
    expect(detail).toMatchObject({
      status: 'documentation',
      round: 2,
      previousAssessmentId: firstAssessmentId,
      scheme: { version: '2015.1' },
    });
    expect(detail.criteria.every((c: { score: unknown }) => c.score === null)).toBe(true);
  });

  it('passed: the audit is completed and the certificate maintained', async () => {
    at('2027-03-01T09:00:00Z');
    const released = await decide(p, t.catalogs, ISO, surveillanceId, {
      heldAt: '2027-03-01T08:00:00Z',
      phoneCallAt: '2027-03-01T08:30:00Z',
    });
    expect(released.json()).toEqual({ status: 'passed', certificateId: null });
    const c = await cycle();
    expect(c.audits[0]).toMatchObject({ completedOn: '2027-03-01', outcome: 'maintained', assessmentId: surveillanceId });
    expect(c.state).toBe('valid');
    expect(c.nextAuditId).toBe(c.audits[1]!.id);
  });
});

describe('a missed surveillance', () => {
  it('suspends the certificate the day after its due date, in the registry the same day', async () => {
    at('2028-03-15T20:00:00Z');
    expect((await cycle()).state).toBe('surveillance_due');
    at('2028-03-16T06:00:00Z');
    expect((await cycle()).state).toBe('suspended');
    expect(await registryStatus('Kreisstadt Zyklus')).toBe('suspended');
    // the status job records it, with the reason, and tells both sides
    expect(await t.services.certificateCycle.recordStatusChanges()).toBe(1);
    expect(await t.services.certificateCycle.recordStatusChanges()).toBe(0);
    const cert = (await p.certifier.get(`/api/v1/certificates/${certificateId}/cycle`)).json();
    expect(cert.statusReason).toBe('Überwachungsaudit 2 nicht bis 15.03.2028 durchgeführt');
    // the mail says what the registry shows: listed as suspended, not dropped
    const told = (await p.municipality.get('/api/v1/outbox'))
      .json()
      .items.find((m: { subject: string }) => m.subject.endsWith(': ausgesetzt')) as { body: string };
    expect(told.body).toContain('Im öffentlichen Verzeichnis steht es als ausgesetzt');
  });

  it('cannot be lifted by decision while the audit is open; the late audit lifts it', async () => {
    const reinstate = await p.certifier.post(`/api/v1/certificates/${certificateId}/status`, { status: 'valid', reason: 'Versehen' });
    expect(reinstate.statusCode).toBe(409);
    expect(reinstate.json().message).toMatch(/still open/);
    const second = (await cycle()).audits[1]!;
    const started = await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${second.id}/start`, {
      documentationDueOn: '2028-04-01',
    });
    expect(started.statusCode).toBe(201);
    at('2028-03-20T09:00:00Z');
    const released = await decide(p, t.catalogs, ISO, started.json().assessmentId, {
      heldAt: '2028-03-20T08:00:00Z',
      phoneCallAt: '2028-03-20T08:30:00Z',
    });
    expect(released.json().status).toBe('passed');
    expect((await cycle()).state).toBe('valid');
    expect(await registryStatus('Kreisstadt Zyklus')).toBe('valid');
  });
});

describe('recertification', () => {
  it('a passed recertification issues a new certificate running on from the old expiry', async () => {
    at('2029-02-01T09:00:00Z');
    const recert = (await cycle()).audits[2]!;
    const started = await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${recert.id}/start`, {});
    expect(started.statusCode).toBe(201);
    const released = await decide(p, t.catalogs, ISO, started.json().assessmentId, {
      heldAt: '2029-02-01T08:00:00Z',
      phoneCallAt: '2029-02-01T08:30:00Z',
    });
    expect(released.json().status).toBe('passed');
    const renewedId = released.json().certificateId as string;
    const renewed = (await p.certifier.get(`/api/v1/certificates/${renewedId}`)).json();
    expect(renewed).toMatchObject({ validFrom: '2029-03-16', validUntil: '2032-03-15' });
    expect((await p.certifier.get(`/api/v1/certificates/${renewedId}/cycle`)).json()).toMatchObject({
      previousCertificateId: certificateId,
      audits: [{ dueOn: '2030-03-15' }, { dueOn: '2031-03-15' }, { dueOn: '2032-03-15' }],
    });
    expect((await cycle()).audits[2]).toMatchObject({ outcome: 'renewed', completedOn: '2029-02-01' });
  });
});

describe('a failed surveillance and a withdrawal', () => {
  it('a failed surveillance suspends the certificate; a withdrawal is final', async () => {
    at('2026-03-16T09:00:00Z');
    const other2 = await certify(other, t.catalogs, ISO, {
      documentationDueOn: '2026-03-31',
      heldAt: '2026-03-16T08:00:00Z',
      phoneCallAt: '2026-03-16T08:30:00Z',
    });
    const audits = (await other.certifier.get(`/api/v1/certificates/${other2.certificateId}/cycle`)).json().audits as Audit[];
    at('2027-01-10T09:00:00Z');
    const started = await other.certifier.post(`/api/v1/certificates/${other2.certificateId}/audits/${audits[0]!.id}/start`, {});
    const failed = await decide(other, t.catalogs, ISO, started.json().assessmentId, {
      heldAt: '2027-01-10T08:00:00Z',
      phoneCallAt: '2027-01-10T08:30:00Z',
      fail: true,
    });
    expect(failed.json().status).toBe('failed');
    const c = (await other.certifier.get(`/api/v1/certificates/${other2.certificateId}/cycle`)).json();
    expect(c).toMatchObject({ state: 'suspended', statusReason: 'Überwachungsaudit 1 nicht bestanden' });
    expect(
      (
        await other.certifier.post(`/api/v1/certificates/${other2.certificateId}/status`, {
          status: 'withdrawn',
          reason: 'Abweichungen nicht behoben',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await other.certifier.post(`/api/v1/certificates/${other2.certificateId}/status`, { status: 'valid', reason: 'Versuch' }))
        .statusCode,
    ).toBe(409);
    expect((await other.certifier.get(`/api/v1/certificates/${other2.certificateId}/cycle`)).json().state).toBe('withdrawn');
    const trail = (await other.certifier.get('/api/v1/audit-events?limit=50')).json().items.map((e: { action: string }) => e.action);
    expect(trail).toEqual(expect.arrayContaining(['suspended', 'withdrawn', 'audit_completed']));
  });
});
