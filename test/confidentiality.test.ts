import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenCriteria } from '../src/domain/catalog/catalog.schema.js';
import { IHK_SCHEME } from '../src/server/demo/demo-data.js';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// Points are confidential (seed 000): nothing reachable without login returns them,
// and one tenant never sees another's data — another tenant's id answers 404.

let t: TestContext;
let certifier: Client;
let municipality: Client;
let otherCertifier: Client;
let otherMunicipality: Client;
let passedId: string;
let failedId: string;

async function walk(c: { certifier: Client; auditor: Client; municipality: Client }, share: number, nextSteps?: string) {
  const id = (
    await c.municipality.post('/api/v1/assessments', {
      certifierId: c.certifier.organizationId,
      schemeId: IHK_SCHEME,
      message: 'Bewerbung',
    })
  ).json().id as string;
  await c.certifier.post(`/api/v1/assessments/${id}/accept`, {
    documentationDueOn: '2026-06-30',
    meetingPlannedAt: '2026-06-15T10:00:00+02:00',
  });
  await c.auditor.put(`/api/v1/assessments/${id}/meeting`, {
    heldAt: '2026-06-15T10:00:00+02:00',
    attendance: [{ name: 'Bürgermeister', role: 'Bürgermeister' }],
  });
  await c.auditor.post(`/api/v1/assessments/${id}/meeting/close`);
  for (const cr of flattenCriteria(t.catalogs.latest(IHK_SCHEME).catalog)) {
    await c.auditor.put(`/api/v1/assessments/${id}/criteria/${cr.id}/score`, { points: Math.floor((cr.maxPoints ?? 0) * share) });
  }
  const res = await c.certifier.post(`/api/v1/assessments/${id}/release`, {
    phoneCallAt: '2026-05-04T07:00:00Z',
    phoneCallWith: 'Kontakt',
    ...(nextSteps ? { nextSteps } : {}),
  });
  return { id, res };
}

beforeAll(async () => {
  t = await createTestApp();
  const c = await createCertifier(t.database.db, [IHK_SCHEME]);
  const m = await createMunicipality(t.database.db, 'Stadt Vertraulich');
  const m2 = await createMunicipality(t.database.db, 'Gemeinde Nachbar');
  const c2 = await createCertifier(t.database.db, [IHK_SCHEME]);
  certifier = await login(t.app, c.admin.email, PASSWORD);
  const auditor = await login(t.app, c.auditor.email, PASSWORD);
  municipality = await login(t.app, m.admin.email, PASSWORD);
  otherMunicipality = await login(t.app, m2.admin.email, PASSWORD);
  otherCertifier = await login(t.app, c2.admin.email, PASSWORD);
  const passed = await walk({ certifier, auditor, municipality }, 1);
  expect(passed.res.json()).toMatchObject({ status: 'passed' });
  passedId = passed.id;
  const failedNoSteps = await walk({ certifier, auditor, municipality: otherMunicipality }, 0.5);
  expect(failedNoSteps.res.statusCode).toBe(400);
  expect(failedNoSteps.res.json().message).toContain('nextSteps');
  failedId = failedNoSteps.id;
  const res = await certifier.post(`/api/v1/assessments/${failedId}/release`, {
    phoneCallAt: '2026-05-04T07:00:00Z',
    phoneCallWith: 'Kontakt',
    nextSteps: 'Nachbessern, Gespräch in 12 Monaten.',
  });
  expect(res.json().status).toBe('failed');
});

afterAll(async () => {
  await t?.close();
});

const SCORE_KEYS = /"(points|totalPoints|regularPoints|bonusPoints|percentage|pointsAwarded|rank|score|result)"/;

describe('public registry', () => {
  it('lists the holder of a valid seal with scheme and validity, never points, percentage or rank', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/registry' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      municipality: 'Stadt Vertraulich',
      schemeId: IHK_SCHEME,
      validFrom: '2026-05-04',
      validUntil: '2029-05-03',
    });
    expect(res.body).not.toMatch(SCORE_KEYS);
    expect(res.body).not.toContain('Gemeinde Nachbar');
  });

  it('a suspended certificate is listed as suspended; a withdrawn one leaves the registry', async () => {
    await t.database.db.execute(`update certificate set status = 'suspended'`);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/registry' })).json().items).toMatchObject([
      { municipality: 'Stadt Vertraulich', status: 'suspended' },
    ]);
    await t.database.db.execute(`update certificate set status = 'withdrawn'`);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/registry' })).json().items).toHaveLength(0);
    await t.database.db.execute(`update certificate set status = 'valid'`);
  });
});

describe('without login', () => {
  it('every GET route of the API either needs a login or carries no score', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const ids: Record<string, string> = {
      id: passedId,
      criterionId: 'x',
      fileId: passedId,
      goalId: passedId,
      projectId: passedId,
      schemeId: IHK_SCHEME,
      version: t.catalogs.latest(IHK_SCHEME).version,
    };
    const gets = Object.entries(spec.paths).filter(([, ops]) => 'get' in ops);
    expect(gets.length).toBeGreaterThan(10);
    for (const [path, ops] of gets) {
      const url = path.replace(/\{(\w+)\}/g, (_, k: string) => ids[k] ?? '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({ method: 'GET', url });
      const isPublic = ops.get!.security?.length === 0;
      if (res.statusCode === 200) {
        expect(res.body, url).not.toMatch(/"(points|totalPoints|regularPoints|percentage|pointsAwarded|rank)"\s*:\s*\d/);
      } else {
        // a public route may refuse a request without its query parameters; any other answers 401
        expect(isPublic ? [400, 404] : [401], url).toContain(res.statusCode);
      }
    }
  });

  it('every operation not declared public answers 401 before it looks at the request', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    let checked = 0;
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (Array.isArray(op.security) && op.security.length === 0) continue;
        const url = path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' ? undefined : {} });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('the assessment, its report card and the audit trail answer 401', async () => {
    for (const url of [
      `/api/v1/assessments/${passedId}`,
      `/api/v1/assessments/${passedId}/report-card.pdf`,
      '/api/v1/audit-events',
      '/api/v1/certificates',
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });
});

describe('tenants', () => {
  it('another municipality gets 404 for a foreign assessment, its files and its report card', async () => {
    for (const url of [
      `/api/v1/assessments/${passedId}`,
      `/api/v1/assessments/${passedId}/report-card.pdf`,
      `/api/v1/assessments/${passedId}/documentation-table.xlsx`,
    ]) {
      expect((await otherMunicipality.get(url)).statusCode, url).toBe(404);
    }
    expect(
      (await otherMunicipality.put(`/api/v1/assessments/${passedId}/criteria/x/documentation`, { explanation: 'x', links: [] })).statusCode,
    ).toBe(404);
  });

  it('another certifier sees nothing of this certifier’s procedures or certificates', async () => {
    expect((await otherCertifier.get(`/api/v1/assessments/${passedId}`)).statusCode).toBe(404);
    expect((await otherCertifier.get('/api/v1/assessments')).json().items).toHaveLength(0);
    expect((await otherCertifier.get('/api/v1/certificates')).json().items).toHaveLength(0);
    expect((await otherCertifier.get('/api/v1/audit-events')).json().items).toHaveLength(0);
    const certId = (await certifier.get('/api/v1/certificates')).json().items[0].id;
    expect((await otherCertifier.get(`/api/v1/certificates/${certId}`)).statusCode).toBe(404);
    expect((await otherCertifier.patch(`/api/v1/certificates/${certId}/publicity`, { plaqueStatus: 'delivered' })).statusCode).toBe(404);
    expect(
      (await otherCertifier.post(`/api/v1/assessments/${passedId}/release`, { phoneCallAt: '2026-05-04T07:00:00Z', phoneCallWith: 'x' }))
        .statusCode,
    ).toBe(404);
  });

  it('a municipality lists only its own procedures', async () => {
    const own = (await municipality.get('/api/v1/assessments')).json().items;
    expect(own.map((a: { id: string }) => a.id)).toEqual([passedId]);
  });

  it('a malformed id answers 400 naming the parameter', async () => {
    const res = await municipality.get('/api/v1/assessments/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('id');
  });
});

describe('failed round', () => {
  it('records the next steps, shows them to the municipality and opens a new round once', async () => {
    const seen = (await otherMunicipality.get(`/api/v1/assessments/${failedId}`)).json();
    expect(seen.status).toBe('failed');
    expect(seen.nextSteps).toContain('Nachbessern');
    expect(seen.result.passed).toBe(false);
    expect(seen.certificateId).toBeNull();
    const next = await otherMunicipality.post(`/api/v1/assessments/${failedId}/rounds`);
    expect(next.statusCode).toBe(201);
    const round2 = (await otherMunicipality.get(`/api/v1/assessments/${next.json().id}`)).json();
    expect(round2.round).toBe(2);
    expect(round2.status).toBe('documentation');
    expect(round2.previousAssessmentId).toBe(failedId);
    expect((await otherMunicipality.post(`/api/v1/assessments/${failedId}/rounds`)).statusCode).toBe(409);

    // the table of round 1 is refused by round 2: it belongs to another assessment
    const oldTable = (await otherMunicipality.get(`/api/v1/assessments/${failedId}/documentation-table.xlsx`)).rawPayload;
    const res = await otherMunicipality.upload(`/api/v1/assessments/${round2.id}/documentation-table.xlsx`, {
      name: 'alt.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: oldTable,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.code).toBe('wrong_assessment');
  });
});
