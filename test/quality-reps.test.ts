// Quality representatives per department and the central quality manager of a municipality,
// through the API: the admin keeps the list, staff read it, the certifier reads it for the
// municipalities it audits, and a second central quality manager is refused.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualityRepresentative } from '../src/server/db/schema.js';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

const ISO = 'iso-9001-2015';
let t: TestContext;
let admin: Client;
let member: Client;
let certifier: Client;
let otherCertifier: Client;
let otherAdmin: Client;
let assessmentId: string;
let central: string;
let bauen: string;

type Rep = { id: string; department: string; name: string; email: string; phone: string | null; centralManager: boolean; active: boolean };
const rows = (municipalityId: string) =>
  t.database.db.select().from(qualityRepresentative).where(eq(qualityRepresentative.municipalityId, municipalityId));

beforeAll(async () => {
  t = await createTestApp();
  const c = await createCertifier(t.database.db, [ISO]);
  const c2 = await createCertifier(t.database.db, [ISO]);
  const m = await createMunicipality(t.database.db, 'Kreis Soestheim');
  const m2 = await createMunicipality(t.database.db, 'Stadt Andernorts');
  admin = await login(t.app, m.admin.email, PASSWORD);
  member = await login(t.app, m.member.email, PASSWORD);
  certifier = await login(t.app, c.admin.email, PASSWORD);
  otherCertifier = await login(t.app, c2.admin.email, PASSWORD);
  otherAdmin = await login(t.app, m2.admin.email, PASSWORD);
  const applied = await admin.post('/api/v1/assessments', {
    certifierId: certifier.organizationId,
    schemeId: ISO,
    message: 'Zertifizierung nach ISO 9001',
  });
  expect(applied.statusCode).toBe(201);
  assessmentId = applied.json().id;
});

afterAll(async () => t?.close());

describe('the admin keeps the list', () => {
  it('names representatives per department and one central quality manager', async () => {
    const res = await admin.post('/api/v1/quality-representatives', {
      department: 'Kreisdirektor',
      name: 'Volker Topf',
      email: 'topf@soestheim.example',
      phone: '02921 30-0',
      centralManager: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    central = res.json().id;
    bauen = (
      await admin.post('/api/v1/quality-representatives', {
        department: 'Dezernat II – Bauen und Umwelt',
        name: 'Patrick Vetterle',
        email: 'vetterle@soestheim.example',
      })
    ).json().id;
    expect(
      (
        await admin.post('/api/v1/quality-representatives', {
          department: 'Dezernat I – Zentrale Dienste',
          name: 'Anna Archiv',
          email: 'archiv@soestheim.example',
        })
      ).statusCode,
    ).toBe(201);
    const list = (await admin.get('/api/v1/quality-representatives')).json();
    expect(list.municipality.name).toBe('Kreis Soestheim');
    expect(list.permissions.edit).toBe(true);
    expect(list.items.map((r: Rep) => [r.department, r.centralManager])).toEqual([
      ['Dezernat I – Zentrale Dienste', false],
      ['Dezernat II – Bauen und Umwelt', false],
      ['Kreisdirektor', true],
    ]);
  });

  it('a second central quality manager is refused with 409 naming the one there is', async () => {
    const res = await admin.post('/api/v1/quality-representatives', {
      department: 'Dezernat III',
      name: 'Zweite Zentrale',
      email: 'zwei@soestheim.example',
      centralManager: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('central quality manager');
    expect(res.json().message).toContain('Volker Topf');
    const promote = await admin.put(`/api/v1/quality-representatives/${bauen}`, {
      department: 'Dezernat II – Bauen und Umwelt',
      name: 'Patrick Vetterle',
      email: 'vetterle@soestheim.example',
      centralManager: true,
    });
    expect(promote.statusCode).toBe(409);
    const stored = await rows(admin.organizationId);
    expect(stored).toHaveLength(3);
    expect(stored.filter((r) => r.centralManager)).toHaveLength(1);
  });

  it('the central role moves once the old one is set inactive', async () => {
    expect(
      (
        await admin.put(`/api/v1/quality-representatives/${central}`, {
          department: 'Kreisdirektor',
          name: 'Volker Topf',
          email: 'topf@soestheim.example',
          centralManager: true,
          active: false,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await admin.put(`/api/v1/quality-representatives/${bauen}`, {
          department: 'Dezernat II – Bauen und Umwelt',
          name: 'Patrick Vetterle',
          email: 'vetterle@soestheim.example',
          phone: '02921 30-2',
          centralManager: true,
        })
      ).statusCode,
    ).toBe(200);
    // the old one back to active while the new one is central: refused
    expect(
      (
        await admin.put(`/api/v1/quality-representatives/${central}`, {
          department: 'Kreisdirektor',
          name: 'Volker Topf',
          email: 'topf@soestheim.example',
          centralManager: true,
          active: true,
        })
      ).statusCode,
    ).toBe(409);
    const items = (await admin.get('/api/v1/quality-representatives')).json().items as Rep[];
    expect(items.find((r) => r.id === bauen)).toMatchObject({ centralManager: true, active: true, phone: '02921 30-2' });
    expect(items.find((r) => r.id === central)).toMatchObject({ centralManager: true, active: false });
  });

  it('bad input names the field', async () => {
    const res = await admin.post('/api/v1/quality-representatives', {
      department: 'Dezernat IV',
      name: 'Ohne Mail',
      email: 'keine-adresse',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('email');
    expect(
      (await admin.post('/api/v1/quality-representatives', { department: '', name: 'X', email: 'x@soestheim.example' })).statusCode,
    ).toBe(400);
    expect(
      (await admin.post('/api/v1/quality-representatives', { department: 'D'.repeat(201), name: 'X', email: 'x@soestheim.example' }))
        .statusCode,
    ).toBe(400);
  });
});

describe('who reads and who writes', () => {
  it('staff read their list but only the admin edits', async () => {
    const list = await member.get('/api/v1/quality-representatives');
    expect(list.statusCode).toBe(200);
    expect(list.json().permissions.edit).toBe(false);
    expect(list.json().items).toHaveLength(3);
    expect(
      (await member.post('/api/v1/quality-representatives', { department: 'X', name: 'Y', email: 'y@soestheim.example' })).statusCode,
    ).toBe(403);
    expect(
      (await member.put(`/api/v1/quality-representatives/${bauen}`, { department: 'X', name: 'Y', email: 'y@soestheim.example' }))
        .statusCode,
    ).toBe(403);
  });

  it('the certifier reads them for an assessment of the municipality, not on its own', async () => {
    const res = await certifier.get(`/api/v1/assessments/${assessmentId}/quality-representatives`);
    expect(res.statusCode).toBe(200);
    expect(res.json().municipality.name).toBe('Kreis Soestheim');
    expect(res.json().items).toHaveLength(3);
    expect(res.json().permissions.edit).toBe(false);
    expect((await certifier.get('/api/v1/quality-representatives')).statusCode).toBe(403);
    expect(
      (await certifier.post('/api/v1/quality-representatives', { department: 'X', name: 'Y', email: 'y@zert.example' })).statusCode,
    ).toBe(403);
  });

  it('another tenant reaches nothing: 404, and nothing changes', async () => {
    expect((await otherCertifier.get(`/api/v1/assessments/${assessmentId}/quality-representatives`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/v1/assessments/${assessmentId}/quality-representatives`)).statusCode).toBe(404);
    const put = await otherAdmin.put(`/api/v1/quality-representatives/${bauen}`, {
      department: 'Fremd',
      name: 'Fremd',
      email: 'fremd@andernorts.example',
    });
    expect(put.statusCode).toBe(404);
    expect((await otherAdmin.get('/api/v1/quality-representatives')).json().items).toHaveLength(0);
    expect((await rows(admin.organizationId)).find((r) => r.id === bauen)?.name).toBe('Patrick Vetterle');
  });
});
