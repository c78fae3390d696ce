import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertifier, createOrganization, createUser, PASSWORD } from './support/factories.js';
import { type CaseSpec, createCalendar, createCases, createPromise } from './support/service-factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// Live compliance figures over cases whose due dates come from the deadline engine
// (DE-NW). "Today" is the injected clock's Berlin date: Monday 23 November 2026.
//
// Stadt Anfang (A) and Stadt Beispiel (B) belong to Kreis Dreieck (D); Stadt Caesar (C)
// to another district. Promise key "gewerbe" (1 working day) exists in A (two versions),
// B and D; A also has "bau" (8 weeks) and "lotse" (no deadline).

let t: TestContext;
let a: Client, aMember: Client, b: Client, c: Client, d: Client, certifier: Client, auditor: Client;
let ids: { a: string; b: string; c: string; d: string };

// Berlin 23:30 on Monday 23 November; 40 minutes later it is Tuesday in Berlin, and the
// sessions (one hour of the test clock) are still valid.
const MONDAY_NIGHT = new Date('2026-11-23T22:30:00Z');
const TUESDAY = new Date('2026-11-23T23:10:00Z');
const n = (count: number, spec: CaseSpec): CaseSpec[] => Array.from({ length: count }, () => ({ ...spec }));
const YEAR = 'from=2026-01-01&to=2026-12-31';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MONDAY_NIGHT;
  const { db } = t.database;
  const district = await createOrganization(db, { kind: 'district', name: 'Kreis Dreieck', stateCode: 'NW' });
  const other = await createOrganization(db, { kind: 'district', name: 'Kreis Anderswo', stateCode: 'NW' });
  const orgA = await createOrganization(db, { kind: 'municipality', name: 'Stadt Anfang', parentId: district.id, stateCode: 'NW' });
  const orgB = await createOrganization(db, { kind: 'municipality', name: 'Stadt Beispiel', parentId: district.id, stateCode: 'NW' });
  const orgC = await createOrganization(db, { kind: 'municipality', name: 'Stadt Caesar', parentId: other.id, stateCode: 'NW' });
  ids = { a: orgA.id, b: orgB.id, c: orgC.id, d: district.id };
  const users = {
    a: await createUser(db, orgA.id, 'municipality_admin'),
    aMember: await createUser(db, orgA.id, 'municipality_member'),
    b: await createUser(db, orgB.id, 'municipality_admin'),
    c: await createUser(db, orgC.id, 'municipality_admin'),
    d: await createUser(db, district.id, 'municipality_member'),
  };
  const cert = await createCertifier(db, ['ral-gz-981']);
  const clients = await Promise.all(
    [users.a, users.aMember, users.b, users.c, users.d, cert.admin, cert.auditor].map((u) => login(t.app, u.email, PASSWORD)),
  );
  [a, aMember, b, c, d, certifier, auditor] = clients as [Client, Client, Client, Client, Client, Client, Client];

  const calA = await createCalendar(db, orgA.id);
  const calB = await createCalendar(db, orgB.id);
  const calC = await createCalendar(db, orgC.id);
  const calD = await createCalendar(db, district.id);

  // A, "gewerbe": version 1 until February, version 2 (with the audit references) since.
  const gewerbe1 = await createPromise(db, orgA.id, {
    key: 'gewerbe',
    version: 1,
    number: 3,
    title: 'Gewerbeanmeldung (alt)',
    retiredAt: new Date('2026-02-01T00:00:00Z'),
  });
  const gewerbe2 = await createPromise(db, orgA.id, {
    key: 'gewerbe',
    version: 2,
    number: 3,
    title: 'Gewerbeanmeldung in 1 Arbeitstag',
    criterionRefs: [
      { schemeId: 'ral-gz-981', criterionId: 'telefon-email' },
      { schemeId: 'gsm-serviceversprechen', criterionId: 'gewerbeanmeldung' },
    ],
  });
  await createCases(db, gewerbe1, calA, [
    ...n(4, { receivedOn: '2026-01-12', fulfilledAfter: 1 }), // on time, 1 working day
    { receivedOn: '2026-01-14', fulfilledAfter: 3, businessName: 'Bäckerei Korn GmbH' }, // late, 3 working days
    ...n(2, { receivedOn: '2025-06-02', fulfilledAfter: 1 }), // outside 2026
  ]);
  await createCases(db, gewerbe2, calA, [
    ...n(3, { receivedOn: '2026-03-09', fulfilledAfter: 1 }), // on time
    { receivedOn: '2026-03-10', fulfilledAfter: 2 }, // late
    { receivedOn: '2026-03-11', excluded: 'Antrag zurückgezogen' },
    { receivedOn: '2026-11-10' }, // open, due 11 November: late today
    { receivedOn: '2026-11-20' }, // Friday; due Monday 23 November = today: not late yet
    { receivedOn: '2026-11-02', pauses: [{ from: '2026-11-02', to: null }] }, // paused: no due date
  ]);

  const bau = await createPromise(db, orgA.id, {
    key: 'bau',
    number: 7,
    title: 'Baugenehmigung in 8 Wochen',
    area: 'building_control',
    amount: 8,
    unit: 'weeks',
  });
  await createCases(db, bau, calA, n(2, { receivedOn: '2026-04-01', fulfilledAfter: 20 }));
  const lotse = await createPromise(db, orgA.id, {
    key: 'lotse',
    number: 1,
    title: 'Ein Lotse für Ihr Anliegen',
    area: 'business_development',
    amount: null,
  });
  await createCases(db, lotse, calA, [
    { receivedOn: '2026-05-04', fulfilledAfter: 2 },
    { receivedOn: '2026-05-05', fulfilledAfter: 4 },
    { receivedOn: '2026-11-16' },
  ]);

  const gewerbeB = await createPromise(db, orgB.id, { key: 'gewerbe', number: 3, title: 'Gewerbe (Beispiel)' });
  await createCases(db, gewerbeB, calB, [
    ...n(2, { receivedOn: '2026-06-01', fulfilledAfter: 1 }),
    ...n(2, { receivedOn: '2026-06-02', fulfilledAfter: 2 }),
  ]);
  const gewerbeD = await createPromise(db, district.id, { key: 'gewerbe', number: 3, title: 'Gewerbeanmeldung im Kreis' });
  await createCases(db, gewerbeD, calD, [{ receivedOn: '2026-07-01', fulfilledAfter: 1 }]);
  const gewerbeC = await createPromise(db, orgC.id, { key: 'gewerbe', number: 3, title: 'Gewerbe (Caesar)' });
  await createCases(db, gewerbeC, calC, n(5, { receivedOn: '2026-02-02', fulfilledAfter: 5 }));
});

afterAll(async () => {
  await t?.close();
});

type PromiseJson = {
  key: string;
  title: string;
  cases: number;
  onTime: number;
  late: number;
  pending: number;
  fulfilled: number;
  excluded: number;
  deviationRate: number | null;
  aboveAllowed: boolean;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  trend: { label: string; cases: number; onTime: number; late: number; pending: number; excluded: number; deviationRate: number | null }[];
};
const byKey = (body: { promises: PromiseJson[] }, key: string) => body.promises.find((p) => p.key === key)!;

describe('figures of one administration', () => {
  it('counts on time, late, pending and excluded per promise key across versions', async () => {
    const res = await a.get(`/api/v1/figures?${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.today).toBe('2026-11-23');
    expect(body.organization).toEqual({ id: ids.a, name: 'Stadt Anfang', kind: 'municipality' });
    expect(body.promises.map((p: PromiseJson) => p.key)).toEqual(['lotse', 'gewerbe', 'bau']); // by number
    const g = byKey(body, 'gewerbe');
    expect(g.title).toBe('Gewerbeanmeldung in 1 Arbeitstag'); // the current version names it
    expect(g).toMatchObject({
      cases: 12,
      onTime: 7,
      late: 3,
      pending: 2,
      fulfilled: 9,
      excluded: 1,
      aboveAllowed: true,
      allowedDeviationRate: 0.15,
    });
    expect(g.deviationRate).toBeCloseTo(0.3, 10);
    // durations of the 9 fulfilled cases: seven 1s, a 2 and a 3 (percentile_cont interpolates)
    expect(g.medianWorkingDays).toBe(1);
    expect(g.p90WorkingDays).toBeCloseTo(2.2, 10);
  });

  it('a promise without deadline shows counts and durations only, no deviation', async () => {
    const l = byKey((await a.get(`/api/v1/figures?${YEAR}`)).json(), 'lotse');
    expect(l).toMatchObject({
      hasDeadline: false,
      cases: 3,
      onTime: 0,
      late: 0,
      pending: 1,
      fulfilled: 2,
      deviationRate: null,
      aboveAllowed: false,
      medianWorkingDays: 3,
    });
    expect(l.p90WorkingDays).toBeCloseTo(3.8, 10);
  });

  it('an 8-week promise met in 20 working days has no deviation', async () => {
    const bau = byKey((await a.get(`/api/v1/figures?${YEAR}`)).json(), 'bau');
    expect(bau).toMatchObject({ cases: 2, onTime: 2, late: 0, deviationRate: 0, aboveAllowed: false, medianWorkingDays: 20 });
  });

  it('trends per month and per quarter', async () => {
    const g = byKey((await a.get(`/api/v1/figures?${YEAR}&granularity=month`)).json(), 'gewerbe');
    expect(g.trend).toHaveLength(12);
    expect(g.trend[0]).toMatchObject({
      label: '2026-01',
      from: '2026-01-01',
      to: '2026-01-31',
      cases: 5,
      onTime: 4,
      late: 1,
      deviationRate: 0.2,
    });
    expect(g.trend[1]).toMatchObject({ label: '2026-02', cases: 0, deviationRate: null });
    expect(g.trend[2]).toMatchObject({ label: '2026-03', cases: 4, onTime: 3, late: 1, excluded: 1, deviationRate: 0.25 });
    expect(g.trend[10]).toMatchObject({ label: '2026-11', cases: 3, onTime: 0, late: 1, pending: 2, deviationRate: 1 });
    const q = byKey((await a.get(`/api/v1/figures?${YEAR}&granularity=quarter`)).json(), 'gewerbe');
    expect(q.trend.map((x) => x.label)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(q.trend[0]).toMatchObject({ cases: 9, onTime: 7, late: 2 });
  });

  it('a partial period clips the buckets and counts only receipts inside it', async () => {
    const g = byKey((await a.get('/api/v1/figures?from=2025-05-15&to=2026-01-13&granularity=year')).json(), 'gewerbe');
    expect(g.trend).toEqual([
      expect.objectContaining({ label: '2025', from: '2025-05-15', to: '2025-12-31', cases: 2, onTime: 2 }),
      expect.objectContaining({ label: '2026', from: '2026-01-01', to: '2026-01-13', cases: 4, onTime: 4 }),
    ]);
    expect(g.cases).toBe(6);
  });

  it('moves with the clock: the open case due today is late tomorrow', async () => {
    t.clock.now = TUESDAY;
    try {
      const g = byKey((await a.get(`/api/v1/figures?${YEAR}`)).json(), 'gewerbe');
      expect(g).toMatchObject({ late: 4, pending: 1 });
    } finally {
      t.clock.now = MONDAY_NIGHT;
    }
  });

  it('defaults to the current year by month', async () => {
    const body = (await aMember.get('/api/v1/figures')).json();
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31', granularity: 'month' });
  });
});

describe('period validation', () => {
  it.each([
    ['from=2026-13-01&to=2026-12-31', 'from'],
    ['from=2026-02-30&to=2026-12-31', 'from'],
    ['from=2026-01-01&to=gestern', 'to'],
    ['from=2026-06-01&to=2026-05-31', 'to'],
    ['from=2010-01-01&to=2020-01-01', 'to'],
    ['from=2026-01-01&to=2026-12-31&granularity=week', 'granularity'],
  ])('%s → 400 naming %s', async (query, field) => {
    const res = await a.get(`/api/v1/figures?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(field);
  });

  it('exactly ten years is allowed', async () => {
    const res = await a.get('/api/v1/figures?from=2016-01-01&to=2025-12-31&granularity=year');
    expect(res.statusCode).toBe(200);
    expect(byKey(res.json(), 'gewerbe').trend).toHaveLength(10);
  });
});

describe('district figures', () => {
  it('aggregates the district and its members per promise key, with a breakdown per administration', async () => {
    const res = await d.get(`/api/v1/figures/district?${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.administrations.map((x: { name: string }) => x.name)).toEqual(['Kreis Dreieck', 'Stadt Anfang', 'Stadt Beispiel']);
    const g = byKey(body, 'gewerbe');
    expect(g.title).toBe('Gewerbeanmeldung im Kreis'); // the district's own wording
    expect(g).toMatchObject({ cases: 17, onTime: 10, late: 5, pending: 2, excluded: 1, medianWorkingDays: 1, p90WorkingDays: 2 });
    expect(g.deviationRate).toBeCloseTo(5 / 15, 10);
    const row = (name: string) =>
      body.breakdown.find((x: { name: string }) => x.name === name).promises.find((p: { key: string }) => p.key === 'gewerbe');
    expect(row('Kreis Dreieck')).toMatchObject({ cases: 1, onTime: 1, late: 0, deviationRate: 0 });
    expect(row('Stadt Anfang')).toMatchObject({ cases: 12, onTime: 7, late: 3 });
    expect(row('Stadt Beispiel')).toMatchObject({ cases: 4, onTime: 2, late: 2, deviationRate: 0.5, aboveAllowed: true });
    expect(JSON.stringify(body)).not.toContain('Caesar');
  });

  it('narrows to one member city', async () => {
    const body = (await d.get(`/api/v1/figures/district?${YEAR}&organizationId=${ids.b}`)).json();
    expect(body.selectedOrganizationId).toBe(ids.b);
    expect(byKey(body, 'gewerbe')).toMatchObject({ cases: 4, onTime: 2, late: 2 });
    expect(body.breakdown.map((x: { id: string }) => x.id)).toEqual([ids.b]);
    expect(body.promises.map((p: PromiseJson) => p.key)).toEqual(['gewerbe']);
  });

  it('refuses a city of another district (404) and callers who are not district staff (403)', async () => {
    expect((await d.get(`/api/v1/figures/district?${YEAR}&organizationId=${ids.c}`)).statusCode).toBe(404);
    expect((await a.get(`/api/v1/figures/district?${YEAR}`)).statusCode).toBe(403);
    expect((await certifier.get(`/api/v1/figures/district?${YEAR}`)).statusCode).toBe(403);
    expect((await certifier.get(`/api/v1/figures?${YEAR}`)).statusCode).toBe(403);
  });
});

describe('tenant isolation', () => {
  it('each municipality sees only its own cases', async () => {
    const body = (await c.get(`/api/v1/figures?${YEAR}`)).json();
    expect(body.promises).toHaveLength(1);
    expect(byKey(body, 'gewerbe')).toMatchObject({ cases: 5, onTime: 0, late: 5, title: 'Gewerbe (Caesar)' });
    const bBody = (await b.get(`/api/v1/figures?${YEAR}`)).json();
    expect(byKey(bBody, 'gewerbe')).toMatchObject({ cases: 4, onTime: 2, late: 2 });
  });

  it('a municipality cannot drill into another administration', async () => {
    expect((await c.get(`/api/v1/figures/cases?${YEAR}&organizationId=${ids.a}`)).statusCode).toBe(404);
    expect((await a.get(`/api/v1/figures/export.csv?${YEAR}&scope=district`)).statusCode).toBe(403);
  });
});

describe('drill-down to the cases', () => {
  it('lists the late cases of a promise with business names for the own administration', async () => {
    const res = await a.get(`/api/v1/figures/cases?${YEAR}&promiseKey=gewerbe&outcome=late`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.items.map((i: { receivedOn: string }) => i.receivedOn)).toEqual(['2026-11-10', '2026-03-10', '2026-01-14']);
    expect(body.items.every((i: { outcome: string }) => i.outcome === 'late')).toBe(true);
    expect(body.items[0]).toMatchObject({ status: 'open', dueOn: '2026-11-11', fulfilledOn: null, durationWorkingDays: null });
    expect(body.items[2]).toMatchObject({ businessName: 'Bäckerei Korn GmbH', durationWorkingDays: 3, organizationName: 'Stadt Anfang' });
  });

  it('counts match the figures for every outcome', async () => {
    const expected = { on_time: 7, late: 3, pending: 2, excluded: 1, fulfilled: 9 };
    for (const [outcome, total] of Object.entries(expected)) {
      expect((await a.get(`/api/v1/figures/cases?${YEAR}&promiseKey=gewerbe&outcome=${outcome}`)).json().total, outcome).toBe(total);
    }
    const lotse = (await a.get(`/api/v1/figures/cases?${YEAR}&promiseKey=lotse&outcome=fulfilled`)).json();
    expect(lotse.items.map((i: { outcome: string }) => i.outcome)).toEqual(['fulfilled', 'fulfilled']);
  });

  it('district staff see the member cities’ cases without personal data', async () => {
    const all = (await d.get(`/api/v1/figures/cases?${YEAR}&promiseKey=gewerbe&outcome=late`)).json();
    expect(all.total).toBe(5);
    const one = (await d.get(`/api/v1/figures/cases?${YEAR}&promiseKey=gewerbe&outcome=late&organizationId=${ids.a}`)).json();
    expect(one.total).toBe(3);
    expect(one.items.map((i: { businessName: string | null }) => i.businessName)).toEqual([null, null, null]);
    expect(JSON.stringify(one)).not.toContain('Bäckerei');
  });

  it('pages by 50', async () => {
    const body = (await a.get(`/api/v1/figures/cases?${YEAR}&page=2`)).json();
    expect(body).toMatchObject({ page: 2, pageSize: 50, total: 18, items: [] });
  });
});

describe('exports', () => {
  it('CSV for German Excel: BOM, semicolons, decimal comma, a file name', async () => {
    const res = await a.get(`/api/v1/figures/export.csv?${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('kennzahlen-stadt-anfang-2026-01-01-bis-2026-12-31.csv');
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Verwaltung;Nr.;Versprechen;Bereich;Frist;Eingang von;Eingang bis;Fälle;fristgerecht;verspätet;offen;ausgenommen;Abweichungsquote (%);zulässige Quote (%);über der Grenze;Median (Arbeitstage);90. Perzentil (Arbeitstage);Stand',
    );
    expect(lines).toContain(
      'Stadt Anfang;3;Gewerbeanmeldung in 1 Arbeitstag;Gewerbeangelegenheiten;1 Arbeitstag;01.01.2026;31.12.2026;12;7;3;2;1;30,0;15,0;ja;1,0;2,2;23.11.2026',
    );
    expect(lines).toContain(
      'Stadt Anfang;1;Ein Lotse für Ihr Anliegen;Wirtschaftsförderung;ohne Frist;01.01.2026;31.12.2026;3;0;0;1;0;;15,0;nein;3,0;3,8;23.11.2026',
    );
  });

  it('district CSV: the whole district first, then each administration', async () => {
    const res = await d.get(`/api/v1/figures/export.csv?${YEAR}&scope=district`);
    const lines = res.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    const gewerbe = lines
      .filter((l) => l.includes(';Gewerbeanmeldung im Kreis;'))
      .map((l) => l.split(';').slice(0, 1).concat(l.split(';').slice(7, 10)).join('|'));
    expect(gewerbe).toEqual(['Kreis Dreieck (Kreis gesamt)|17|10|5', 'Kreis Dreieck|1|1|0', 'Stadt Anfang|12|7|3', 'Stadt Beispiel|4|2|2']);
  });

  it('XLSX with German headers and percentages formatted as such', async () => {
    const res = await a.get(`/api/v1/figures/export.xlsx?${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Kennzahlen')!;
    const header = sheet.getRow(4).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['Nr.', 'Versprechen', 'Bereich', 'Frist', 'Fälle']);
    const rows = [5, 6, 7].map((r) => sheet.getRow(r));
    const g = rows.find((r) => r.getCell(2).value === 'Gewerbeanmeldung in 1 Arbeitstag')!;
    expect([5, 6, 7, 8, 9].map((i) => g.getCell(i).value)).toEqual([12, 7, 3, 2, 1]);
    expect(g.getCell(10).value).toBeCloseTo(0.3, 10);
    expect(g.getCell(10).numFmt).toBe('0.0%');
    expect(g.getCell(12).value).toBe('ja');
    expect(g.getCell(14).value).toBeCloseTo(2.2, 10);
    expect(wb.getWorksheet('Verlauf')!.rowCount).toBe(4 + 3 * 12);
  });

  it('district XLSX has a sheet per administration breakdown', async () => {
    const res = await d.get(`/api/v1/figures/export.xlsx?${YEAR}&scope=district`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Verwaltungen')!;
    const names = [];
    for (let r = 5; r <= sheet.rowCount; r++) names.push(sheet.getRow(r).getCell(1).value);
    expect(new Set(names)).toEqual(new Set(['Kreis Dreieck', 'Stadt Anfang', 'Stadt Beispiel']));
  });
});

describe('measured evidence for an audit', () => {
  let assessmentId: string;

  beforeAll(async () => {
    const applied = await a.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: 'ral-gz-981',
      message: 'Bewerbung RAL',
    });
    assessmentId = applied.json().id;
  });

  it('waits until the certifier has accepted (409)', async () => {
    const res = await a.post(`/api/v1/assessments/${assessmentId}/measured-evidence`, { periodFrom: '2026-01-01', periodTo: '2026-10-31' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('applied');
  });

  it('refuses a bad period, naming the field', async () => {
    await certifier.post(`/api/v1/assessments/${assessmentId}/accept`, { documentationDueOn: '2026-12-31' });
    const backwards = await a.post(`/api/v1/assessments/${assessmentId}/measured-evidence`, {
      periodFrom: '2026-10-31',
      periodTo: '2026-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().message).toContain('periodTo');
    const future = await a.post(`/api/v1/assessments/${assessmentId}/measured-evidence`, {
      periodFrom: '2027-01-01',
      periodTo: '2027-06-30',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('periodFrom');
  });

  it('snapshots the figures of each promise that names a criterion of the scheme', async () => {
    const res = await a.post(`/api/v1/assessments/${assessmentId}/measured-evidence`, { periodFrom: '2026-01-01', periodTo: '2026-10-31' });
    expect(res.statusCode).toBe(201);
    const items = res.json().items;
    // the GSM reference of the same promise does not belong to a RAL-GZ 981 assessment
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      criterionId: 'telefon-email',
      promiseKey: 'gewerbe',
      promiseTitle: 'Gewerbeanmeldung in 1 Arbeitstag',
      cases: 9,
      onTime: 7,
      late: 2,
      deviationRate: 0.2222,
      allowedDeviationRate: 0.15,
      medianWorkingDays: 1,
    });
  });

  it('appears in the assessment detail next to its criterion, for both sides, without points', async () => {
    for (const who of [a, auditor]) {
      const detail = (await who.get(`/api/v1/assessments/${assessmentId}`)).json();
      const criterion = detail.criteria.find((x: { criterionId: string }) => x.criterionId === 'telefon-email');
      expect(criterion.measuredEvidence).toHaveLength(1);
      expect(criterion.measuredEvidence[0]).toMatchObject({
        periodFrom: '2026-01-01',
        periodTo: '2026-10-31',
        deviationRate: 0.2222,
        computedAt: '2026-11-23T22:30:00.000Z',
      });
      expect(Object.keys(criterion.measuredEvidence[0])).not.toContain('points');
      expect(detail.criteria.filter((x: { measuredEvidence: unknown[] }) => x.measuredEvidence.length > 0)).toHaveLength(1);
    }
    const forMunicipality = (await a.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(forMunicipality.result).toBeNull();
  });

  it('stays unchanged after new cases arrive, while the live figures move', async () => {
    const before = (await a.get(`/api/v1/assessments/${assessmentId}`)).json();
    const { db } = t.database;
    const [current] = await db.query.servicePromise.findMany({
      where: (p, { and, eq, isNull }) => and(eq(p.organizationId, ids.a), eq(p.key, 'gewerbe'), isNull(p.retiredAt)),
    });
    const [calendar] = await db.query.workingCalendar.findMany({ where: (w, { eq }) => eq(w.organizationId, ids.a) });
    await createCases(db, current!, calendar!, n(3, { receivedOn: '2026-02-03', fulfilledAfter: 4 }));
    const live = byKey((await a.get('/api/v1/figures?from=2026-01-01&to=2026-10-31')).json(), 'gewerbe');
    expect(live).toMatchObject({ cases: 12, late: 5 });
    const after = (await a.get(`/api/v1/assessments/${assessmentId}`)).json();
    const pick = (x: { criteria: { criterionId: string; measuredEvidence: unknown }[] }) =>
      x.criteria.find((cr) => cr.criterionId === 'telefon-email')!.measuredEvidence;
    expect(pick(after)).toEqual(pick(before));
  });

  it('the certifier’s staff may attach a later snapshot too', async () => {
    t.clock.now = TUESDAY;
    try {
      const res = await auditor.post(`/api/v1/assessments/${assessmentId}/measured-evidence`, {
        periodFrom: '2026-01-01',
        periodTo: '2026-10-31',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().items[0]).toMatchObject({ cases: 12, late: 5 });
      const detail = (await auditor.get(`/api/v1/assessments/${assessmentId}`)).json();
      const list = detail.criteria.find((x: { criterionId: string }) => x.criterionId === 'telefon-email').measuredEvidence;
      expect(list.map((m: { computedAt: string }) => m.computedAt)).toEqual(['2026-11-23T23:10:00.000Z', '2026-11-23T22:30:00.000Z']);
    } finally {
      t.clock.now = MONDAY_NIGHT;
    }
  });

  it('another municipality’s assessment answers 404', async () => {
    const res = await c.post(`/api/v1/assessments/${assessmentId}/measured-evidence`, { periodFrom: '2026-01-01', periodTo: '2026-10-31' });
    expect(res.statusCode).toBe(404);
  });

  it('answers 409 when no promise of the municipality names a criterion of the scheme', async () => {
    const applied = await c.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: 'ral-gz-981',
      message: 'Bewerbung RAL',
    });
    const id = applied.json().id;
    await certifier.post(`/api/v1/assessments/${id}/accept`, { documentationDueOn: '2026-12-31' });
    const res = await c.post(`/api/v1/assessments/${id}/measured-evidence`, { periodFrom: '2026-01-01', periodTo: '2026-10-31' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('ral-gz-981');
  });
});
