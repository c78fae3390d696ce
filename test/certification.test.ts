import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenCriteria } from '../src/domain/catalog/catalog.schema.js';
import { IHK_SCHEME } from '../src/server/demo/demo-data.js';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { samplePdf, samplePng } from './support/files.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// The whole IHK procedure through the HTTP API, steps 1–7, with the refusals
// a real user would run into on the way.

let t: TestContext;
let certifier: Client;
let auditor: Client;
let municipality: Client;
let member: Client;
let assessmentId: string;
let criteria: { id: string; maxPoints?: number | undefined }[];

beforeAll(async () => {
  t = await createTestApp({ maxUploadBytes: 64 * 1024 });
  const c = await createCertifier(t.database.db, [IHK_SCHEME]);
  const m = await createMunicipality(t.database.db, 'Stadt Prüfstadt');
  certifier = await login(t.app, c.admin.email, PASSWORD);
  auditor = await login(t.app, c.auditor.email, PASSWORD);
  municipality = await login(t.app, m.admin.email, PASSWORD);
  member = await login(t.app, m.member.email, PASSWORD);
  criteria = flattenCriteria(t.catalogs.latest(IHK_SCHEME).catalog);
});

afterAll(async () => {
  await t?.close();
});

describe('step 1: application', () => {
  it('the contact person applies with an informal message', async () => {
    const res = await municipality.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: IHK_SCHEME,
      message: 'Wir möchten uns bewerben.',
    });
    expect(res.statusCode).toBe(201);
    assessmentId = res.json().id;
    const detail = (await certifier.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(detail.status).toBe('applied');
    expect(detail.contact.email).toMatch(/@test\.example$/);
    expect(detail.applicationChannel).toBe('portal');
  });

  it('refuses a second open application for the same seal (double submit)', async () => {
    const res = await municipality.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: IHK_SCHEME,
      message: 'Noch einmal.',
    });
    expect(res.statusCode).toBe(409);
    const list = (await municipality.get('/api/v1/assessments')).json();
    expect(list.items).toHaveLength(1);
  });

  it('refuses an empty message and names the field', async () => {
    const res = await municipality.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: IHK_SCHEME,
      message: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('message');
  });

  it('refuses a scheme the certifier does not award', async () => {
    const res = await municipality.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: 'iso-9001-2015',
      message: 'x',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('step 2: acceptance and documentation table', () => {
  it('the municipality cannot accept its own application', async () => {
    const res = await municipality.post(`/api/v1/assessments/${assessmentId}/accept`, { documentationDueOn: '2026-06-30' });
    expect(res.statusCode).toBe(403);
  });

  it('the certifier accepts with a timeline; the meeting date may stay open', async () => {
    const res = await certifier.post(`/api/v1/assessments/${assessmentId}/accept`, { documentationDueOn: '2026-06-30' });
    expect(res.statusCode).toBe(200);
    const detail = (await municipality.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(detail.status).toBe('documentation');
    expect(detail.meetingPlannedAt).toBeNull();
    expect(detail.criteria).toHaveLength(criteria.length);
  });

  it('a second accept is refused as a conflict', async () => {
    const res = await certifier.post(`/api/v1/assessments/${assessmentId}/accept`, { documentationDueOn: '2026-06-30' });
    expect(res.statusCode).toBe(409);
  });

  it('offers the documentation table as XLSX', async () => {
    const res = await municipality.get(`/api/v1/assessments/${assessmentId}/documentation-table.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('step 3: documentation and evidence', () => {
  it('saves an explanation with links', async () => {
    const res = await municipality.put(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/documentation`, {
      explanation: 'Wir haben einen Unternehmenslotsen.',
      links: ['https://www.example.org/lotse'],
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a link that is not http(s)', async () => {
    const res = await municipality.put(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/documentation`, {
      explanation: 'x',
      links: ['javascript:alert(1)'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('links');
  });

  it('refuses an unknown criterion with 404', async () => {
    const res = await municipality.put(`/api/v1/assessments/${assessmentId}/criteria/no-such-criterion/documentation`, {
      explanation: 'x',
      links: [],
    });
    expect(res.statusCode).toBe(404);
  });

  it('stores a PDF with its SHA-256, size and type read from the content', async () => {
    const pdf = samplePdf();
    const res = await municipality.upload(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/evidence`, {
      name: 'Flyer Gründung.pdf',
      type: 'application/pdf',
      content: pdf,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.size).toBe(pdf.length);
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.mediaType).toBe('application/pdf');
    const again = await municipality.upload(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/evidence`, {
      name: 'Flyer Gründung.pdf',
      type: 'application/pdf',
      content: pdf,
    });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(body.id);
    const download = await certifier.get(`/api/v1/assessments/${assessmentId}/evidence/${body.id}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('refuses a mislabelled upload: PNG bytes sent as PDF', async () => {
    const res = await municipality.upload(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/evidence`, {
      name: 'konzept.pdf',
      type: 'application/pdf',
      content: samplePng(),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toContain('image/png');
  });

  it('refuses a file of a type that is not evidence', async () => {
    const res = await municipality.upload(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/evidence`, {
      name: 'tool.exe',
      type: 'application/octet-stream',
      content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'.repeat(20), 'latin1'),
    });
    expect(res.statusCode).toBe(415);
  });

  it('refuses an upload over the limit and keeps nothing of it', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(70 * 1024, 32)]);
    const res = await municipality.upload(`/api/v1/assessments/${assessmentId}/criteria/${criteria[1]!.id}/evidence`, {
      name: 'gross.pdf',
      type: 'application/pdf',
      content: big,
    });
    expect(res.statusCode).toBe(413);
    const detail = (await municipality.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(detail.criteria[1].evidence).toHaveLength(0);
  });

  it('imports the filled table back and refuses a foreign or broken workbook', async () => {
    const table = (await municipality.get(`/api/v1/assessments/${assessmentId}/documentation-table.xlsx`)).rawPayload;
    const ok = await municipality.upload(`/api/v1/assessments/${assessmentId}/documentation-table.xlsx`, {
      name: 'tabelle.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: table,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().errors).toEqual([]);
    const garbage = await municipality.upload(`/api/v1/assessments/${assessmentId}/documentation-table.xlsx`, {
      name: 'kaputt.xlsx',
      type: 'application/octet-stream',
      content: Buffer.from('not a workbook at all'),
    });
    expect(garbage.statusCode).toBe(400);
  });
});

describe('step 4: audit meeting', () => {
  it('the municipality proposes goals and a bonus project', async () => {
    for (const title of ['Flächenkataster online', 'Unternehmensbefragung', 'Gründersprechstunde']) {
      expect(
        (await municipality.post(`/api/v1/assessments/${assessmentId}/development-goals`, { title, targetDate: '2027-06-30' })).statusCode,
      ).toBe(201);
    }
    expect(
      (await municipality.post(`/api/v1/assessments/${assessmentId}/bonus-projects`, { title: 'Gewerbe-Stammtisch' })).statusCode,
    ).toBe(201);
  });

  it('scoring is not possible before the meeting closes', async () => {
    const res = await auditor.put(`/api/v1/assessments/${assessmentId}/criteria/${criteria[0]!.id}/score`, { points: 1 });
    expect(res.statusCode).toBe(409);
  });

  it('the meeting cannot close before it is recorded', async () => {
    expect((await auditor.post(`/api/v1/assessments/${assessmentId}/meeting/close`)).statusCode).toBe(400);
  });

  it('records attendance and notes and closes without points', async () => {
    const res = await auditor.put(`/api/v1/assessments/${assessmentId}/meeting`, {
      heldAt: '2026-05-20T09:00:00+02:00',
      location: 'Rathaus',
      attendance: [{ name: 'Bürgermeisterin Beispiel', role: 'Bürgermeisterin' }],
      notes: [{ criterionId: criteria[0]!.id, note: 'Lotse überzeugend dargestellt.' }],
    });
    expect(res.statusCode).toBe(200);
    expect((await auditor.post(`/api/v1/assessments/${assessmentId}/meeting/close`)).statusCode).toBe(200);
    const seen = (await municipality.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(seen.status).toBe('meeting_held');
    expect(seen.criteria[0].meetingNote).toBeNull();
  });
});

describe('step 5: result', () => {
  it('refuses points above a criterion maximum and names the criterion', async () => {
    const c = criteria[0]!;
    const res = await auditor.put(`/api/v1/assessments/${assessmentId}/criteria/${c.id}/score`, { points: (c.maxPoints ?? 0) + 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(c.id);
  });

  it('an incomplete result cannot be released', async () => {
    const res = await certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('incomplete');
  });

  it('the auditor scores every criterion; the municipality still sees no score', async () => {
    for (const c of criteria) {
      const res = await auditor.put(`/api/v1/assessments/${assessmentId}/criteria/${c.id}/score`, {
        points: Math.ceil((c.maxPoints ?? 0) * 0.8),
      });
      expect(res.statusCode).toBe(200);
    }
    const detail = (await auditor.get(`/api/v1/assessments/${assessmentId}`)).json();
    for (const g of detail.developmentGoals) {
      expect((await auditor.patch(`/api/v1/assessments/${assessmentId}/development-goals/${g.id}`, { status: 'agreed' })).statusCode).toBe(
        200,
      );
    }
    expect(
      (await auditor.put(`/api/v1/assessments/${assessmentId}/bonus-projects/${detail.bonusProjects[0].id}/points`, { pointsAwarded: 2 }))
        .statusCode,
    ).toBe(200);
    const preview = (await auditor.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(preview.result.complete).toBe(true);
    expect(preview.result.passed).toBe(true);

    for (const client of [municipality, member]) {
      const seen = (await client.get(`/api/v1/assessments/${assessmentId}`)).json();
      expect(seen.result).toBeNull();
      expect(seen.criteria.every((c: { score: unknown }) => c.score === null)).toBe(true);
      expect(seen.bonusProjects[0].pointsAwarded).toBeNull();
      const list = (await client.get('/api/v1/assessments')).json();
      expect(list.items[0].totalPoints).toBeNull();
      expect((await client.get(`/api/v1/assessments/${assessmentId}/report-card.pdf`)).statusCode).toBe(403);
    }
  });

  it('only a certifier admin releases; the auditor may not', async () => {
    const res = await auditor.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(res.statusCode).toBe(403);
  });

  it('releases at or above the pass mark with a certificate; a second release is a conflict', async () => {
    const res = await certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('passed');
    expect(res.json().certificateId).toBeTruthy();
    const again = await certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(again.statusCode).toBe(409);
    const certs = (await certifier.get('/api/v1/certificates')).json();
    expect(certs.items).toHaveLength(1);
    expect(certs.items[0].validFrom).toBe('2026-05-04');
    expect(certs.items[0].validUntil).toBe('2029-05-03');
  });

  it('after release the municipality sees its result and gets the report card', async () => {
    const seen = (await municipality.get(`/api/v1/assessments/${assessmentId}`)).json();
    expect(seen.result.passed).toBe(true);
    expect(seen.result.totalPoints).toBeGreaterThanOrEqual(72);
    const pdf = await municipality.get(`/api/v1/assessments/${assessmentId}/report-card.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('the audit trail holds every score, the goals, the decision and the certificate', async () => {
    const trail = (await certifier.get('/api/v1/audit-events?limit=500')).json().items as {
      entityType: string;
      action: string;
      actorName: string | null;
    }[];
    const count = (type: string) => trail.filter((e) => e.entityType === type).length;
    expect(count('criterion_score')).toBe(criteria.length);
    expect(count('development_goal')).toBe(6);
    expect(trail.some((e) => e.entityType === 'decision' && e.action === 'released')).toBe(true);
    expect(trail.some((e) => e.entityType === 'certificate' && e.action === 'issued')).toBe(true);
    expect((await municipality.get('/api/v1/audit-events')).statusCode).toBe(403);
  });

  it('the audit trail is append-only in the database itself', async () => {
    await expect(t.database.db.execute("update audit_event set action = 'x'")).rejects.toThrow();
    await expect(t.database.db.execute('delete from audit_event')).rejects.toThrow();
  });
});

describe('step 6: publicity', () => {
  let certificateId: string;
  beforeAll(async () => {
    certificateId = (await certifier.get('/api/v1/certificates')).json().items[0].id;
  });

  it('the key visual needs a handover first; the municipality acknowledges the terms after it', async () => {
    expect((await certifier.post(`/api/v1/certificates/${certificateId}/key-visual`)).statusCode).toBe(400);
    expect(
      (
        await certifier.patch(`/api/v1/certificates/${certificateId}/publicity`, {
          handoverOn: '2026-06-12',
          handoverForm: 'Pressegespräch',
          plaqueStatus: 'ordered',
        })
      ).statusCode,
    ).toBe(200);
    expect((await municipality.post(`/api/v1/certificates/${certificateId}/terms-acknowledgement`)).statusCode).toBe(409);
    expect((await certifier.post(`/api/v1/certificates/${certificateId}/key-visual`)).statusCode).toBe(200);
    expect((await municipality.patch(`/api/v1/certificates/${certificateId}/publicity`, { plaqueStatus: 'delivered' })).statusCode).toBe(
      403,
    );
    expect((await municipality.post(`/api/v1/certificates/${certificateId}/terms-acknowledgement`)).statusCode).toBe(200);
    const cert = (await municipality.get(`/api/v1/certificates/${certificateId}`)).json();
    expect(cert.termsAcknowledgedAt).not.toBeNull();
    expect(cert.plaqueStatus).toBe('ordered');
  });

  it('the certificate document is a PDF', async () => {
    const pdf = await municipality.get(`/api/v1/certificates/${certificateId}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
});
