// Case imports through the HTTP API on a real database: CSV, XLSX and XGewerbeanzeige XML,
// bad rows reported line by line while the good ones stay, refusals at upload, repeated
// uploads without duplicates, a worker's lease, and tenancy. The background job is run by
// calling the service the job calls (test/imports-queue.test.ts runs it through pg-boss).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseImport, organization } from '../src/server/db/schema.js';
import { createMunicipality, createUser, PASSWORD } from './support/factories.js';
import { samplePng } from './support/files.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/xgewerbeanzeige');
const HEADER = 'Aktenzeichen;Externe ID;Versprechen;Eingang;Erledigt am;Betreff;Unternehmen;Ansprechperson;E-Mail;Telefon;Lotse';

let t: TestContext;
let admin: Client;
let stranger: Client;
let staff: { cookie: string; csrf: string };

type ImportDetail = {
  id: string;
  status: string;
  totalRows: number | null;
  processedRows: number;
  createdCount: number;
  duplicateCount: number;
  errorCount: number;
  errors: { line: number; message: string }[];
  moreErrors: number;
  failureMessage: string | null;
};
type CaseItem = {
  id: string;
  reference: string;
  state: string;
  dueOn: string | null;
  fulfilledOn: string | null;
  receivedOn: string;
  promiseKey: string;
  source: string;
  businessName: string | null;
  pilotName: string | null;
};

/** Multipart upload as the import page sends it: the optional promiseKey field, then the file. */
function upload(name: string, content: Buffer | string, opts: { promiseKey?: string; as?: { cookie: string; csrf: string } } = {}) {
  const who = opts.as ?? staff;
  const boundary = `----sw${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  if (opts.promiseKey)
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="promiseKey"\r\n\r\n${opts.promiseKey}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
  );
  parts.push(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/cases/imports',
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

/** What the 'case-import' worker does for each job the uploads asked for. */
async function runImportJobs() {
  const jobs = t.jobs.jobs.splice(0).filter((j) => j.name === 'case-import');
  for (const job of jobs) await t.services.imports.process(job.data.importId!);
}

async function importFile(name: string, content: Buffer | string, opts: { promiseKey?: string } = {}): Promise<ImportDetail> {
  const res = await upload(name, content, opts);
  expect(res.statusCode, res.body).toBe(202);
  await runImportJobs();
  return (await admin.get(`/api/v1/cases/imports/${res.json().id}`)).json();
}

async function casesByReference(): Promise<Map<string, CaseItem>> {
  const res = await admin.get('/api/v1/cases?pageSize=100');
  return new Map((res.json().items as CaseItem[]).map((c) => [c.reference, c]));
}

async function caseCount(): Promise<number> {
  return (await admin.get('/api/v1/cases?pageSize=1')).json().total;
}

beforeAll(async () => {
  t = await createTestApp({ sessionTtlMs: 365 * 86_400_000 });
  const city = await createMunicipality(t.database.db, 'Stadt Musterhagen');
  await t.database.db.update(organization).set({ ags: '05999004' }).where(eq(organization.id, city.org.id));
  const other = await createMunicipality(t.database.db, 'Stadt Anderswo');
  const pilotUser = await createUser(t.database.db, city.org.id, 'municipality_member', 'lotse@musterhagen.example');
  admin = await login(t.app, city.admin.email, PASSWORD);
  stranger = await login(t.app, other.admin.email, PASSWORD);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: city.member.email, password: PASSWORD } });
  staff = { cookie: `sw_session=${res.cookies.find((c) => c.name === 'sw_session')!.value}`, csrf: res.json().csrfToken };
  // Monday 4 May 2026, 10:00 in Berlin; 1 May (Friday) is a holiday in NRW
  t.clock.now = new Date('2026-05-04T08:00:00Z');
  const promise = (body: object) =>
    admin.post('/api/v1/promises', { startEvent: 'Eingang', stopEvent: 'Erledigung', criterionRefs: [], ...body });
  expect(
    (
      await promise({
        key: 'gewerbeanmeldung',
        title: 'Gewerbeanmeldung in 1 Arbeitstag',
        area: 'trade_registration',
        amount: 1,
        unit: 'working_days',
        leikaKey: '99050012104000',
      })
    ).statusCode,
  ).toBe(201);
  expect(
    (
      await promise({
        key: 'eingangsbestaetigung',
        title: 'Eingangsbestätigung in 7 Arbeitstagen',
        area: 'building_control',
        amount: 7,
        unit: 'working_days',
      })
    ).statusCode,
  ).toBe(201);
  expect(
    (
      await admin.post('/api/v1/pilots', {
        name: 'Lena Lotse',
        jobTitle: 'Wirtschaftsförderung',
        email: 'lotse@musterhagen.example',
        userId: pilotUser.id,
        areas: [],
      })
    ).statusCode,
  ).toBe(201);
});

afterAll(async () => {
  await t?.close();
});

describe('CSV', () => {
  it('imports cases with due dates and their history: fulfilled on time is met, late is missed', async () => {
    const csv = [
      HEADER,
      'GA-1;;gewerbeanmeldung;2026-04-27;2026-04-28;Anmeldung Café;Café Sonne;Eva Sonne;eva@sonne.example;0209 1;',
      'GA-2;;gewerbeanmeldung;27.04.2026 09:15;30.04.2026;Anmeldung Imbiss;Imbiss Eck;;;;lotse@musterhagen.example',
      ';BAU-4711;eingangsbestaetigung;2026-04-30T16:45;;Bauantrag Halle;Metallbau Funke;;;;',
    ].join('\r\n');
    const result = await importFile('faelle.csv', csv);
    expect(result).toMatchObject({
      status: 'done',
      totalRows: 3,
      processedRows: 3,
      createdCount: 3,
      duplicateCount: 0,
      errorCount: 0,
      errors: [],
      failureMessage: null,
    });
    const cases = await casesByReference();
    // received Monday 27 April: due the next working day, Tuesday 28 April
    expect(cases.get('GA-1')).toMatchObject({
      promiseKey: 'gewerbeanmeldung',
      receivedOn: '2026-04-27',
      dueOn: '2026-04-28',
      fulfilledOn: '2026-04-28',
      state: 'met',
      source: 'csv',
      businessName: 'Café Sonne',
    });
    expect(cases.get('GA-2')).toMatchObject({ dueOn: '2026-04-28', fulfilledOn: '2026-04-30', state: 'missed', pilotName: 'Lena Lotse' });
    // received Thursday 30 April: 1 May is a holiday, so the 7th working day is Tuesday 12 May
    const bau = [...cases.values()].find((c) => c.businessName === 'Metallbau Funke')!;
    expect(bau).toMatchObject({ promiseKey: 'eingangsbestaetigung', receivedOn: '2026-04-30', dueOn: '2026-05-12', fulfilledOn: null });
    expect(bau.reference).toMatch(/^SV-2026-\d{5}$/);
    const detail = (await admin.get(`/api/v1/cases/${cases.get('GA-1')!.id}`)).json();
    expect(detail.externalId).toBe('az:GA-1');
    expect(detail.events.map((e: { kind: string; onDate: string }) => [e.kind, e.onDate])).toEqual([
      ['received', '2026-04-27'],
      ['fulfilled', '2026-04-28'],
    ]);
    expect((await admin.get(`/api/v1/cases/${bau.id}`)).json().externalId).toBe('BAU-4711');
  });

  it('reports bad rows line by line in German and keeps the good ones', async () => {
    const csv = [
      HEADER,
      'GB-1;;gewerbeanmeldung;2026-04-20;;Gut;;;;;',
      'GB-2;;gewerbeanmeldung;;;Ohne Eingang;;;;;',
      'GB-3;;xyz;2026-04-20;;Falsches Versprechen;;;;;',
      'GB-4;;gewerbeanmeldung;2026-04-20;2026-04-01;Zu früh erledigt;;;;;',
      'GB-5;;gewerbeanmeldung;31.02.2026;;Kein Datum;;;;;',
      'GB-6;;gewerbeanmeldung;2026-04-21;;Auch gut;;;;;',
      'GB-7;;gewerbeanmeldung;2026-04-21;;Fremder Lotse;;;kaputt;;niemand@example.org',
      'GB-8;;gewerbeanmeldung;2026-06-01;;Zukunft;;;;;',
    ].join('\n');
    const result = await importFile('fehler.csv', csv);
    expect(result).toMatchObject({ status: 'done', totalRows: 8, processedRows: 8, createdCount: 2, errorCount: 6, moreErrors: 0 });
    expect(result.errors).toEqual([
      { line: 3, message: 'Zeile 3: Eingangsdatum fehlt' },
      { line: 4, message: 'Zeile 4: Versprechen „xyz“ gibt es nicht' },
      { line: 5, message: 'Zeile 5: Erledigt am 2026-04-01 liegt vor dem Eingang 2026-04-20' },
      { line: 6, message: 'Zeile 6: Eingang „31.02.2026“ ist kein Datum (erwartet 2026-05-04 oder 04.05.2026, optional mit Uhrzeit)' },
      { line: 8, message: 'Zeile 8: E-Mail „kaputt“ ist keine gültige Adresse' },
      { line: 9, message: 'Zeile 9: Eingang 2026-06-01 liegt in der Zukunft' },
    ]);
    const cases = await casesByReference();
    expect(cases.has('GB-1') && cases.has('GB-6')).toBe(true);
    expect(['GB-2', 'GB-3', 'GB-4', 'GB-5', 'GB-7', 'GB-8'].some((r) => cases.has(r))).toBe(false);
  });

  it('names an unknown pilot, and takes the default promise for rows that name none', async () => {
    const csv = [
      'Aktenzeichen;Eingang;Betreff;Lotse',
      'GC-1;2026-04-22;Ohne Versprechen;',
      'GC-2;2026-04-22;Fremder Lotse;niemand@example.org',
    ].join('\n');
    const result = await importFile('vorgabe.csv', csv, { promiseKey: 'eingangsbestaetigung' });
    expect(result).toMatchObject({
      status: 'done',
      createdCount: 1,
      errorCount: 1,
      errors: [{ line: 3, message: 'Zeile 3: Lotse „niemand@example.org“ ist kein Lotse dieser Verwaltung' }],
    });
    expect((await casesByReference()).get('GC-1')).toMatchObject({ promiseKey: 'eingangsbestaetigung', dueOn: '2026-05-04' });
  });

  it('stops at an unclosed quote with a clear message and keeps the rows before it', async () => {
    const csv = [
      HEADER,
      'GQ-1;;gewerbeanmeldung;2026-04-23;;Vor dem Fehler;;;;;',
      'GQ-2;;gewerbeanmeldung;2026-04-23;;"Ohne Ende;;;;;',
      'GQ-3;;gewerbeanmeldung;2026-04-23;;Danach;;;;;',
    ].join('\n');
    const result = await importFile('kaputt.csv', csv);
    expect(result.status).toBe('failed');
    expect(result.failureMessage).toBe(
      'Zeile 3: Ein Anführungszeichen wird geöffnet und bis zum Dateiende nicht geschlossen; ab hier ist die Datei nicht lesbar',
    );
    expect(result.createdCount).toBe(1);
    const cases = await casesByReference();
    expect(cases.has('GQ-1')).toBe(true);
    expect(cases.has('GQ-3')).toBe(false);
  });

  it('a repeated upload of the same file creates no case: every row counts as already there', async () => {
    const csv = [
      HEADER,
      ';;gewerbeanmeldung;2026-04-24;;Ohne Aktenzeichen A;Firma A;;;;',
      ';;gewerbeanmeldung;2026-04-24;;Ohne Aktenzeichen B;Firma B;;;;',
      'GR-1;;gewerbeanmeldung;2026-04-24;;Mit Aktenzeichen;;;;;',
    ].join('\n');
    const first = await importFile('wiederholt.csv', csv);
    expect(first).toMatchObject({ status: 'done', createdCount: 3, duplicateCount: 0 });
    const before = await caseCount();
    const second = await importFile('wiederholt.csv', csv);
    expect(second).toMatchObject({ status: 'done', createdCount: 0, duplicateCount: 3, errorCount: 0 });
    expect(await caseCount()).toBe(before);
  });

  it('reads Windows-1252 with commas, and a UTF-8 BOM with semicolons', async () => {
    const cp1252 = Buffer.from(
      'Aktenzeichen,Versprechen,Eingang,Unternehmen\r\nGW-1,gewerbeanmeldung,2026-04-24,B\xe4ckerei M\xfcller\r\n',
      'latin1',
    );
    expect(await importFile('alt.csv', cp1252)).toMatchObject({ status: 'done', createdCount: 1 });
    expect(
      await importFile('bom.csv', `\uFEFFaktenzeichen;VERSPRECHEN;eingang;Unternehmen\nGW-2;gewerbeanmeldung;24.04.2026;Straßenbau Groß\n`),
    ).toMatchObject({ status: 'done', createdCount: 1 });
    const cases = await casesByReference();
    expect(cases.get('GW-1')!.businessName).toBe('Bäckerei Müller');
    expect(cases.get('GW-2')!.businessName).toBe('Straßenbau Groß');
  });
});

describe('refused at upload', () => {
  it('an empty file, a binary, missing columns, an unknown default promise and a file over the limit', async () => {
    const empty = await upload('leer.csv', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('Die Datei „leer.csv“ ist leer');
    const png = await upload('bild.csv', samplePng());
    expect(png.statusCode).toBe(415);
    expect(png.json().message).toMatch(/vom Typ image\/png/);
    const columns = await upload('spalten.csv', 'Name;Datum\nx;2026-04-01\n');
    expect(columns.statusCode).toBe(400);
    expect(columns.json().message).toMatch(/^Der Datei fehlen die Spalten „Eingang“, „Versprechen“/);
    expect(columns.json().details).toEqual({ missing: ['Eingang', 'Versprechen'] });
    const promise = await upload('ok.csv', 'Eingang\n2026-04-01\n', { promiseKey: 'gibt-es-nicht' });
    expect(promise.statusCode).toBe(400);
    expect(promise.json().message).toMatch(/„gibt-es-nicht“ gibt es in dieser Verwaltung nicht/);
    const huge = await upload('riesig.csv', Buffer.alloc(6 * 1024 * 1024, 'a'));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().message).toMatch(/größer als 5 MB/);
    expect(t.jobs.jobs.filter((j) => j.name === 'case-import')).toHaveLength(0);
  });

  it('XML that is no XGewerbeanzeige names its root element; broken XML names the line', async () => {
    const xbau = await upload('bau.xml', readFileSync(path.join(fixtures, 'keine-gewerbeanzeige.xml')));
    expect(xbau.statusCode).toBe(400);
    expect(xbau.json().message).toMatch(
      /keine XGewerbeanzeige: das Wurzelelement ist „xbau:baugenehmigung\.antrag\.0200“ im Namensraum http:\/\/www\.xleitstelle\.de\/xbau\/2\/3/,
    );
    const empty = await upload(
      'leer.xml',
      '<?xml version="1.0"?>\n<x:gewerbeanzeige.gewerbemeldung.0100 xmlns:x="http://www.xgewerbeanzeige.de/spezifikation/2.0"><nachrichtenkopf/></x:gewerbeanzeige.gewerbemeldung.0100>',
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('Die XGewerbeanzeige-Nachricht „leer.xml“ enthält keine Gewerbeanzeige');
    const broken = await upload('kaputt.xml', '<?xml version="1.0"?>\n<a>\n<b></a>');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toMatch(/nicht wohlgeformt \(Zeile 3/);
  });

  it('a member of another administration sees neither the list nor an import; an unknown id is 404', async () => {
    const mine = (await admin.get('/api/v1/cases/imports')).json().items as { id: string }[];
    expect(mine.length).toBeGreaterThan(0);
    const foreign = await stranger.get(`/api/v1/cases/imports/${mine[0]!.id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await stranger.get('/api/v1/cases/imports')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/cases/imports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('XLSX', () => {
  it('imports the first sheet; dates may be real date cells; errors name the sheet row', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Fälle');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow([
      'GX-1',
      '',
      'gewerbeanmeldung',
      new Date(Date.UTC(2026, 3, 27, 9, 30)),
      new Date(Date.UTC(2026, 3, 28)),
      'Aus Excel',
      'Tischlerei Span',
      '',
      { text: 'info@span.example', hyperlink: 'mailto:info@span.example' },
      '',
      '',
    ]);
    sheet.addRow(['GX-2', '', 'gewerbeanmeldung', '', '', 'Ohne Eingang']);
    sheet.addRow(['GX-3', '', 'gewerbeanmeldung', '28.04.2026', '', 'Als Text']);
    wb.addWorksheet('Notizen').addRow(['Eingang', 'ignoriert']);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await importFile('faelle.xlsx', content);
    expect(result).toMatchObject({
      status: 'done',
      totalRows: 3,
      createdCount: 2,
      errorCount: 1,
      errors: [{ line: 3, message: 'Zeile 3: Eingangsdatum fehlt' }],
    });
    const cases = await casesByReference();
    expect(cases.get('GX-1')).toMatchObject({
      receivedOn: '2026-04-27',
      dueOn: '2026-04-28',
      state: 'met',
      source: 'xlsx',
      businessName: 'Tischlerei Span',
    });
    expect(cases.get('GX-3')).toMatchObject({ receivedOn: '2026-04-28', dueOn: '2026-04-29' });
    expect((await admin.get(`/api/v1/cases/${cases.get('GX-1')!.id}`)).json().contactEmail).toBe('info@span.example');
  });
});

describe('XGewerbeanzeige', () => {
  it('a trade registration message becomes a case of the trade registration promise', async () => {
    const result = await importFile('anmeldung.xml', readFileSync(path.join(fixtures, 'anmeldung.xml')));
    expect(result).toMatchObject({ status: 'done', totalRows: 1, createdCount: 1, errorCount: 0 });
    const c = [...(await casesByReference()).values()].find((x) => x.businessName === 'Rösterei Kaffeewerk')!;
    // received Thursday 30 April; Friday 1 May is a holiday: due Monday 4 May
    expect(c).toMatchObject({
      source: 'xgewerbe',
      promiseKey: 'gewerbeanmeldung',
      receivedOn: '2026-04-30',
      dueOn: '2026-05-04',
      state: 'at_risk',
    });
    const detail = (await admin.get(`/api/v1/cases/${c.id}`)).json();
    expect(detail).toMatchObject({
      externalId: '0a8e6f52-3d1b-4c9a-b7e2-6f14d3a9c508',
      subject: 'Gewerbeanmeldung: Rösterei Kaffeewerk',
      contactName: 'Jana Bohne',
      contactEmail: 'jana.bohne@kaffeewerk.example',
      details: {
        meldungsart: 'Anmeldung',
        gewerbebetriebID: '05999004-2026-000417',
        nachrichtenUUID: '5b0f3c1e-8a2d-4e7b-9c41-2f6d8e0a7b13',
      },
    });
    const again = await importFile('anmeldung.xml', readFileSync(path.join(fixtures, 'anmeldung.xml')));
    expect(again).toMatchObject({ status: 'done', createdCount: 0, duplicateCount: 1 });
  });

  it('several notices in one message; a notice of another municipality is reported by its AGS', async () => {
    const result = await importFile('sammel.xml', readFileSync(path.join(fixtures, 'sammelnachricht.xml')));
    expect(result).toMatchObject({ status: 'done', totalRows: 3, createdCount: 2, errorCount: 1 });
    expect(result.errors).toEqual([{ line: 2, message: 'Meldung 2: AGS 05999008 gehört nicht zu Stadt Musterhagen (05999004)' }]);
    const names = [...(await casesByReference()).values()].map((c) => c.businessName);
    expect(names).toEqual(expect.arrayContaining(['Schreinerei Holzapfel GmbH', 'Kiosk am Bahnhof']));
    expect(names).not.toContain('Fahrradladen Speiche');
  });
});

describe('the worker', () => {
  it('leaves an import another worker holds alone, takes it over when that lease ran out, and resumes after the committed rows', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `GL-${i};;gewerbeanmeldung;2026-04-2${i % 3};;Zeile ${i};;;;;`);
    const res = await upload('lang.csv', [HEADER, ...rows].join('\n'));
    const id = res.json().id as string;
    t.jobs.jobs.length = 0;
    // as if a worker had committed 500 rows and then died holding the lease
    const first = await t.services.imports.process(id);
    expect(first).toBe('done');
    const done = (await admin.get(`/api/v1/cases/imports/${id}`)).json();
    expect(done).toMatchObject({ processedRows: 1200, createdCount: 1200 });
    await t.database.db
      .update(caseImport)
      .set({
        status: 'running',
        processedRows: 500,
        createdCount: 500,
        leaseOwner: 'dead-worker',
        leaseUntil: new Date(t.clock.now.getTime() + 30_000),
      })
      .where(eq(caseImport.id, id));
    expect(await t.services.imports.process(id)).toBe('skipped');
    expect(await t.services.imports.recover()).toBe(0);
    t.clock.now = new Date(t.clock.now.getTime() + 31_000);
    expect(await t.services.imports.recover()).toBe(1);
    expect(await t.services.imports.process(id)).toBe('done');
    const resumed = (await admin.get(`/api/v1/cases/imports/${id}`)).json();
    // the rows after 500 were run again and found their cases: nothing doubled
    expect(resumed).toMatchObject({ status: 'done', processedRows: 1200, createdCount: 500, duplicateCount: 700 });
    expect((await admin.get('/api/v1/cases?q=GL-&pageSize=1')).json().total).toBe(1200);
  });
});
