// The audit plan of an audit through the API: the certifier plans slots across departments,
// sites and processes; the municipality reads and prints it; bad input is refused with the field
// named; the plan goes to the quality representatives through the mail outbox.
import { inflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessment, auditEvent, auditPlanItem } from '../src/server/db/schema.js';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { decide, type Parties } from './support/procedures.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

const ISO = 'iso-9001-2015';
let t: TestContext;
let p: Parties;
let member: Client;
let otherCertifier: Client;
let otherMunicipality: Client;
let bare: Parties;
let assessmentId: string;
let bareAssessmentId: string;
let auditorUserId: string;
let foreignAuditorId: string;
let bauhof: string;

type Slot = {
  id: string;
  startsAt: string;
  endsAt: string;
  department: string;
  site: string;
  auditorUserId: string | null;
  auditorName: string;
  criteria: { id: string; reference: string | null; title: { de: string } }[];
};
type Plan = {
  sentAt: string | null;
  items: Slot[];
  auditors: { id: string; name: string }[];
  permissions: { edit: boolean; send: boolean };
};
const planOf = async (client: Client, id = assessmentId) => (await client.get(`/api/v1/assessments/${id}/audit-plan`)).json() as Plan;
const slotRows = () => t.database.db.select().from(auditPlanItem).where(eq(auditPlanItem.assessmentId, assessmentId));

const slot = (over: Record<string, unknown> = {}) => ({
  stage: 'stage2',
  startsAt: '2026-06-15T07:00:00Z',
  endsAt: '2026-06-15T09:00:00Z',
  department: 'Dezernat II – Bauen und Umwelt',
  site: 'Baubetriebshof Erwitte',
  process: 'Winterdienst',
  auditorUserId,
  interviewees: 'Leitung Bauhof, Disposition',
  criterionIds: ['clause-8-5', 'clause-7-5'],
  ...over,
});

async function opened(parties: Parties) {
  const applied = await parties.municipality.post('/api/v1/assessments', {
    certifierId: parties.certifier.organizationId,
    schemeId: ISO,
    message: 'Zertifizierung nach ISO 9001',
  });
  expect(applied.statusCode).toBe(201);
  const id = applied.json().id as string;
  expect((await parties.certifier.post(`/api/v1/assessments/${id}/accept`, { documentationDueOn: '2026-05-31' })).statusCode).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ sessionTtlMs: 365 * 86_400_000 });
  const c = await createCertifier(t.database.db, [ISO]);
  const c2 = await createCertifier(t.database.db, [ISO]);
  const m = await createMunicipality(t.database.db, 'Kreis Soestheim');
  const m2 = await createMunicipality(t.database.db, 'Stadt Ohnebeauftragte');
  p = {
    certifier: await login(t.app, c.admin.email, PASSWORD),
    auditor: await login(t.app, c.auditor.email, PASSWORD),
    municipality: await login(t.app, m.admin.email, PASSWORD),
  };
  bare = { ...p, municipality: await login(t.app, m2.admin.email, PASSWORD) };
  member = await login(t.app, m.member.email, PASSWORD);
  otherCertifier = await login(t.app, c2.admin.email, PASSWORD);
  otherMunicipality = await login(t.app, m2.admin.email, PASSWORD);
  auditorUserId = c.auditor.id;
  foreignAuditorId = c2.auditor.id;
  assessmentId = await opened(p);
  bareAssessmentId = await opened(bare);
  for (const rep of [
    { department: 'Kreisdirektor', name: 'Volker Topf', email: 'qm@soestheim.example', centralManager: true },
    { department: 'Dezernat I – Zentrale Dienste', name: 'Anna Archiv', email: 'archiv@soestheim.example' },
    { department: 'Dezernat II – Bauen und Umwelt', name: 'Patrick Vetterle', email: 'bauen@soestheim.example' },
    { department: 'Dezernat III – Gesundheit', name: 'Früher Zuständig', email: 'alt@soestheim.example', active: false },
  ]) {
    expect((await p.municipality.post('/api/v1/quality-representatives', rep)).statusCode).toBe(201);
  }
});

afterAll(async () => t?.close());

describe('planning', () => {
  it('the certifier plans slots; the plan reads in time order with the criteria titled', async () => {
    const first = await p.auditor.post(
      `/api/v1/assessments/${assessmentId}/audit-plan`,
      slot({
        startsAt: '2026-06-16T08:00:00Z',
        endsAt: '2026-06-16T10:30:00Z',
        department: 'Dezernat I – Zentrale Dienste',
        site: 'Kreisarchiv',
        process: 'Schriftgutverwaltung',
        auditorUserId: null,
        auditorName: 'Dr. Gastauditorin',
        criterionIds: ['clause-7-5'],
      }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const second = await p.certifier.post(`/api/v1/assessments/${assessmentId}/audit-plan`, slot());
    expect(second.statusCode, second.body).toBe(201);
    bauhof = second.json().id;
    const plan = await planOf(p.certifier);
    expect(plan.permissions).toEqual({ edit: true, send: true });
    expect(plan.auditors.map((a) => a.id)).toContain(auditorUserId);
    expect(plan.items.map((i) => i.site)).toEqual(['Baubetriebshof Erwitte', 'Kreisarchiv']);
    const b = plan.items[0]!;
    expect(b.auditorUserId).toBe(auditorUserId);
    expect(b.auditorName).toMatch(/^auditor /);
    expect(b.criteria.map((c) => [c.reference, c.title.de])).toEqual([
      ['8.5', 'Erbringung der Dienstleistung'],
      ['7.5', 'Dokumentierte Information'],
    ]);
    expect(plan.items[1]).toMatchObject({ auditorUserId: null, auditorName: 'Dr. Gastauditorin' });
  });

  it('dates out of order, an over-long slot, an unknown criterion, a foreign auditor: 400 naming the field, nothing stored', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ startsAt: '2026-06-15T09:00:00Z', endsAt: '2026-06-15T08:00:00Z' }, ['endsAt', 'must lie after startsAt']],
      [{ startsAt: '2026-06-15T09:00:00Z', endsAt: '2026-06-15T09:00:00Z' }, ['endsAt']],
      [{ startsAt: '2026-06-15T06:00:00Z', endsAt: '2026-06-15T18:30:00Z' }, ['endsAt', '12 hours']],
      [{ criterionIds: ['clause-8-5', 'clause-11-1'] }, ['criterionIds', 'clause-11-1']],
      [{ auditorUserId: foreignAuditorId }, ['auditorUserId', foreignAuditorId]],
      [{ auditorUserId: p.municipality.userId }, ['auditorUserId']],
      [{ auditorUserId: null, auditorName: '  ' }, ['auditorName']],
      [{ department: '' }, ['department']],
      [{ startsAt: 'morgen früh' }, ['startsAt']],
      [{ stage: 'stage3' }, ['stage']],
    ];
    for (const [over, words] of cases) {
      const res = await p.certifier.post(`/api/v1/assessments/${assessmentId}/audit-plan`, slot(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      for (const w of words) expect(res.json().message).toContain(w);
    }
    const put = await p.certifier.put(`/api/v1/audit-plan-items/${bauhof}`, slot({ endsAt: '2026-06-15T06:00:00Z' }));
    expect(put.statusCode).toBe(400);
    expect(await slotRows()).toHaveLength(2);
    expect((await slotRows()).find((r) => r.id === bauhof)?.endsAt.toISOString()).toBe('2026-06-15T09:00:00.000Z');
  });

  it('the certifier changes and removes slots', async () => {
    const extra = (
      await p.auditor.post(
        `/api/v1/assessments/${assessmentId}/audit-plan`,
        slot({
          startsAt: '2026-06-16T12:00:00Z',
          endsAt: '2026-06-16T13:00:00Z',
          department: 'Dezernat IV',
          site: 'Außenstelle Lipperbruch',
          criterionIds: [],
        }),
      )
    ).json().id;
    const changed = await p.auditor.put(
      `/api/v1/audit-plan-items/${extra}`,
      slot({
        startsAt: '2026-06-16T12:00:00Z',
        endsAt: '2026-06-16T14:00:00Z',
        department: 'Dezernat IV – Ordnung',
        site: 'Außenstelle Lipperbruch',
        criterionIds: ['clause-9-2', 'clause-9-2'],
      }),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const row = (await slotRows()).find((r) => r.id === extra)!;
    expect(row).toMatchObject({ department: 'Dezernat IV – Ordnung', criterionIds: ['clause-9-2'] });
    expect((await p.certifier.delete(`/api/v1/audit-plan-items/${extra}`)).statusCode).toBe(200);
    expect((await p.certifier.delete(`/api/v1/audit-plan-items/${extra}`)).statusCode).toBe(404);
    expect(await slotRows()).toHaveLength(2);
  });
});

describe('the municipality’s side and other tenants', () => {
  it('the municipality reads the plan but cannot change it', async () => {
    for (const client of [p.municipality, member]) {
      const plan = await planOf(client);
      expect(plan.items).toHaveLength(2);
      expect(plan.permissions).toEqual({ edit: false, send: false });
      expect(plan.auditors).toEqual([]);
    }
    expect((await p.municipality.post(`/api/v1/assessments/${assessmentId}/audit-plan`, slot())).statusCode).toBe(403);
    expect((await p.municipality.put(`/api/v1/audit-plan-items/${bauhof}`, slot({ site: 'Anderswo' }))).statusCode).toBe(403);
    expect((await member.delete(`/api/v1/audit-plan-items/${bauhof}`)).statusCode).toBe(403);
    expect((await p.municipality.post(`/api/v1/assessments/${assessmentId}/audit-plan/send`)).statusCode).toBe(403);
    expect(await slotRows()).toHaveLength(2);
  });

  it('a foreign tenant gets 404 everywhere and changes nothing', async () => {
    for (const stranger of [otherCertifier, otherMunicipality]) {
      expect((await stranger.get(`/api/v1/assessments/${assessmentId}/audit-plan`)).statusCode).toBe(404);
      expect(
        (await stranger.post(`/api/v1/assessments/${assessmentId}/audit-plan`, slot({ auditorUserId: null, auditorName: 'Fremd' })))
          .statusCode,
      ).toBe(404);
      expect(
        (await stranger.put(`/api/v1/audit-plan-items/${bauhof}`, slot({ auditorUserId: null, auditorName: 'Fremd' }))).statusCode,
      ).toBe(404);
      expect((await stranger.delete(`/api/v1/audit-plan-items/${bauhof}`)).statusCode).toBe(404);
      expect((await stranger.get(`/api/v1/assessments/${assessmentId}/audit-plan.pdf`)).statusCode).toBe(404);
      expect((await stranger.post(`/api/v1/assessments/${assessmentId}/audit-plan/send`)).statusCode).toBe(404);
    }
    expect((await slotRows()).map((r) => r.site).sort()).toEqual(['Baubetriebshof Erwitte', 'Kreisarchiv']);
  });
});

describe('the printable plan', () => {
  it('PDF in German: by day, with departments, sites, auditors and the clauses with their titles', async () => {
    const res = await p.municipality.get(`/api/v1/assessments/${assessmentId}/audit-plan.pdf?lang=de`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Auditplan-Kreis_Soestheim.pdf');
    // table cells wrap: compare the text with its line breaks as spaces
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
    for (const s of [
      'Auditplan: Kreis Soestheim',
      'Erstzertifizierung',
      'Montag, 15. Juni 2026',
      'Dienstag, 16. Juni 2026',
      '09:00–11:00 Uhr',
      'Dezernat II – Bauen und Umwelt',
      'Dezernat I – Zentrale Dienste',
      'Baubetriebshof Erwitte',
      'Kreisarchiv',
      'Dr. Gastauditorin',
      '8.5 Erbringung der Dienstleistung',
      '7.5 Dokumentierte Information',
      'Stufe 2 (Umsetzung)',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('PDF in English with the same departments', async () => {
    const text = pdfText((await p.certifier.get(`/api/v1/assessments/${assessmentId}/audit-plan.pdf?lang=en`)).rawPayload).replace(
      /\s+/g,
      ' ',
    );
    for (const s of [
      'Audit plan: Kreis Soestheim',
      'Initial certification',
      'Monday, 15 June 2026',
      'Department',
      'Dezernat II – Bauen und Umwelt',
      'Dezernat I – Zentrale Dienste',
      '8.5 Service provision',
      'Stage 2 (implementation)',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Erbringung der Dienstleistung');
  });
});

describe('sending the plan', () => {
  it('without quality representatives: 409 naming the problem, nothing sent', async () => {
    expect((await bare.certifier.post(`/api/v1/assessments/${bareAssessmentId}/audit-plan/send`)).statusCode).toBe(409);
    expect((await bare.certifier.post(`/api/v1/assessments/${bareAssessmentId}/audit-plan`, slot())).statusCode).toBe(201);
    const res = await bare.certifier.post(`/api/v1/assessments/${bareAssessmentId}/audit-plan/send`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('Stadt Ohnebeauftragte has no quality representatives');
    expect((await bare.municipality.get('/api/v1/outbox')).json().items).toHaveLength(0);
    expect((await planOf(bare.certifier, bareAssessmentId)).sentAt).toBeNull();
  });

  it('goes to every active representative and the central quality manager, once each, through the outbox', async () => {
    t.clock.now = new Date('2026-05-20T10:00:00Z');
    const res = await p.auditor.post(`/api/v1/assessments/${assessmentId}/audit-plan/send`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recipients).toEqual(['qm@soestheim.example', 'archiv@soestheim.example', 'bauen@soestheim.example']);
    const outbox = (await p.municipality.get('/api/v1/outbox')).json().items as {
      toAddress: string;
      subject: string;
      body: string;
      relatedId: string | null;
      status: string;
    }[];
    expect(outbox.map((m) => m.toAddress).sort()).toEqual(['archiv@soestheim.example', 'bauen@soestheim.example', 'qm@soestheim.example']);
    const mail = outbox[0]!;
    expect(mail.subject).toBe('Auditplan Qualitätsmanagement nach ISO 9001:2015: Kreis Soestheim');
    expect(mail.relatedId).toBe(assessmentId);
    expect(mail.status).toBe('held');
    for (const s of [
      'Montag, 15. Juni 2026',
      'Dienstag, 16. Juni 2026',
      'Kreisarchiv',
      'Dr. Gastauditorin',
      '8.5 Erbringung der Dienstleistung',
      '7.5 Dokumentierte Information',
      'Reiter „Auditplan“',
    ]) {
      expect(mail.body).toContain(s);
    }
    // a readable table per day: the header row, underlined, then one row per slot with its cells in columns
    const lines = mail.body.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Zeit '));
    expect(lines[header]).toMatch(
      /^Zeit +\| Phase +\| Dezernat \/ Fachbereich +\| Standort +\| Prozess +\| Auditor\/in +\| Gesprächspartner +\| Normabschnitte \/ Kriterien$/,
    );
    expect(lines[header + 1]).toMatch(/^-+(-\+-+){7}$/);
    expect(lines[header + 2]).toMatch(
      /^09:00–11:00 \| Stufe 2 +\| Dezernat II – Bauen und +\| Baubetriebshof +\| Winterdienst +\| auditor \S+ +\| Leitung Bauhof, +\| 8\.5, 7\.5$/,
    );
    expect(lines[header + 3]).toMatch(/^ +\| \(Umsetzung\) +\| Umwelt +\| Erwitte /);
    // the columns line up across the days
    const second = lines.findIndex((l, i) => i > header && l.startsWith('Zeit '));
    expect(lines[second]).toBe(lines[header]);
    expect(mail.body).not.toContain('alt@soestheim.example');
    const plan = await planOf(p.municipality);
    expect(plan.sentAt).toBe('2026-05-20T10:00:00.000Z');
    const [row] = await t.database.db.select().from(assessment).where(eq(assessment.id, assessmentId));
    expect(row!.auditPlanSentAt?.toISOString()).toBe('2026-05-20T10:00:00.000Z');
    const trail = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, 'audit_plan'), eq(auditEvent.entityId, assessmentId)));
    expect(trail.map((e) => e.action)).toEqual(['sent']);
    expect(trail[0]!.after).toMatchObject({
      slots: 2,
      recipients: ['qm@soestheim.example', 'archiv@soestheim.example', 'bauen@soestheim.example'],
    });
  });
});

describe('after the decision', () => {
  it('the plan of a decided audit no longer changes: 409', async () => {
    t.clock.now = new Date('2026-06-17T09:00:00Z');
    const released = await decide(p, t.catalogs, ISO, assessmentId, {
      heldAt: '2026-06-16T08:00:00Z',
      phoneCallAt: '2026-06-17T08:00:00Z',
    });
    expect(released.statusCode, released.body).toBe(200);
    expect((await p.certifier.post(`/api/v1/assessments/${assessmentId}/audit-plan`, slot())).statusCode).toBe(409);
    expect((await p.certifier.delete(`/api/v1/audit-plan-items/${bauhof}`)).statusCode).toBe(409);
    expect((await p.certifier.post(`/api/v1/assessments/${assessmentId}/audit-plan/send`)).statusCode).toBe(409);
    expect((await planOf(p.certifier)).permissions).toEqual({ edit: false, send: false });
    expect(await slotRows()).toHaveLength(2);
  });
});

/** The text of a pdfkit PDF: each content stream inflated, each `[<hex> …] TJ` one run of text (WinAnsi, so "–" reads back). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  const runs = streams.join('\n').match(/\[([^\]]*)\] TJ/g) ?? [];
  const winAnsi = new TextDecoder('windows-1252');
  return runs
    .map((run) => (run.match(/<([0-9a-f]*)>/gi) ?? []).map((hex) => winAnsi.decode(Buffer.from(hex.slice(1, -1), 'hex'))).join(''))
    .join('\n');
}
