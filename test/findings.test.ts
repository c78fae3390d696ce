import { inflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenCriteria } from '../src/domain/catalog/catalog.schema.js';
import { assessment, auditEvent, certificate, correctiveAction, finding } from '../src/server/db/schema.js';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// Findings and corrective actions of an ISO 9001 audit through the HTTP API: the certifier's
// side and the municipality's side, the refusals, the ISO rule at release, and the audit report.

const ISO = 'iso-9001-2015';

let t: TestContext;
let certifier: Client;
let auditor: Client;
let municipality: Client;
let member: Client;
let otherCertifier: Client;
let otherMunicipality: Client;
let assessmentId: string;
let criteria: string[];

const INTERNAL = 'Nur intern: Leiter wirkte unvorbereitet';

beforeAll(async () => {
  t = await createTestApp();
  const c = await createCertifier(t.database.db, [ISO]);
  const c2 = await createCertifier(t.database.db, [ISO]);
  const m = await createMunicipality(t.database.db, 'Kreis Qualitätsstadt');
  const m2 = await createMunicipality(t.database.db, 'Stadt Nebenan');
  certifier = await login(t.app, c.admin.email, PASSWORD);
  auditor = await login(t.app, c.auditor.email, PASSWORD);
  municipality = await login(t.app, m.admin.email, PASSWORD);
  member = await login(t.app, m.member.email, PASSWORD);
  otherCertifier = await login(t.app, c2.admin.email, PASSWORD);
  otherMunicipality = await login(t.app, m2.admin.email, PASSWORD);
  criteria = flattenCriteria(t.catalogs.latest(ISO).catalog).map((x) => x.id);

  const applied = await municipality.post('/api/v1/assessments', {
    certifierId: certifier.organizationId,
    schemeId: ISO,
    message: 'Wir beantragen die Zertifizierung nach ISO 9001.',
  });
  expect(applied.statusCode).toBe(201);
  assessmentId = applied.json().id;
  expect((await certifier.post(`/api/v1/assessments/${assessmentId}/accept`, { documentationDueOn: '2026-06-30' })).statusCode).toBe(200);
});

afterAll(async () => {
  await t?.close();
});

const findingsOf = async (client: Client, id = assessmentId) =>
  (await client.get(`/api/v1/assessments/${id}/findings`)).json() as FindingsBody;
type FindingsBody = {
  openMajorCount: number;
  permissions: Record<string, boolean>;
  actionsToCheck: { id: string; finding: { id: string } }[];
  findings: {
    id: string;
    criterionId: string;
    grade: string;
    status: string;
    internalNote?: string;
    escalatedAt: string | null;
    carriedFromId: string | null;
    municipalityResponse: string | null;
    closeBlocker: string | null;
    actions: {
      id: string;
      status: string;
      effectiveness: string | null;
      effectivenessAssessmentId: string | null;
      completedOn: string | null;
    }[];
  }[];
};
const findingRows = () => t.database.db.select().from(finding).where(eq(finding.assessmentId, assessmentId));

let major: string;
let minor: string;
let observation: string;

describe('recording findings', () => {
  it('the certifier records graded findings on criteria of the catalog', async () => {
    const res = await auditor.post(`/api/v1/assessments/${assessmentId}/findings`, {
      criterionId: 'clause-8-5',
      grade: 'major',
      description: 'Für zwei Bezirke fehlen die Streupläne des Winterdienstes.',
      evidence: 'Stichprobe Bauhof, Januar',
      rootCause: 'Zuständigkeit zwischen Dezernat II und Bauhof ungeklärt',
      internalNote: INTERNAL,
    });
    expect(res.statusCode).toBe(201);
    major = res.json().id;
    minor = (
      await auditor.post(`/api/v1/assessments/${assessmentId}/findings`, {
        criterionId: 'clause-7-5',
        grade: 'minor',
        description: 'Vorlagen ohne Versionsstand',
      })
    ).json().id;
    observation = (
      await certifier.post(`/api/v1/assessments/${assessmentId}/findings`, {
        criterionId: 'clause-9-2',
        grade: 'observation',
        description: 'Auditprogramm deckt die Außenstelle nicht ab',
      })
    ).json().id;
    const seen = await findingsOf(certifier);
    expect(seen.findings.map((f) => [f.criterionId, f.grade])).toEqual([
      ['clause-8-5', 'major'],
      ['clause-7-5', 'minor'],
      ['clause-9-2', 'observation'],
    ]);
    expect(seen.findings[0]!.internalNote).toBe(INTERNAL);
    expect(seen.openMajorCount).toBe(1);
    expect((await certifier.get(`/api/v1/assessments/${assessmentId}`)).json().openMajorCount).toBe(1);
  });

  it('an unknown criterion is refused with 400 naming it', async () => {
    const res = await auditor.post(`/api/v1/assessments/${assessmentId}/findings`, {
      criterionId: 'clause-11-1',
      grade: 'minor',
      description: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('clause-11-1');
    expect(res.json().message).toContain('criterionId');
    expect(await findingRows()).toHaveLength(3);
  });

  it('a grade outside the four grades is refused', async () => {
    const res = await auditor.post(`/api/v1/assessments/${assessmentId}/findings`, {
      criterionId: 'clause-4-1',
      grade: 'critical',
      description: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('grade');
  });

  it('the municipality cannot record findings', async () => {
    expect(
      (
        await municipality.post(`/api/v1/assessments/${assessmentId}/findings`, {
          criterionId: 'clause-4-1',
          grade: 'improvement',
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('another tenant reaches nothing: 404 and nothing changed', async () => {
    for (const stranger of [otherCertifier, otherMunicipality]) {
      expect(
        (
          await stranger.post(`/api/v1/assessments/${assessmentId}/findings`, {
            criterionId: 'clause-4-1',
            grade: 'major',
            description: 'fremd',
          })
        ).statusCode,
      ).toBe(404);
      expect((await stranger.get(`/api/v1/assessments/${assessmentId}/findings`)).statusCode).toBe(404);
      expect((await stranger.patch(`/api/v1/findings/${major}`, { grade: 'observation' })).statusCode).toBe(404);
      expect((await stranger.post(`/api/v1/findings/${major}/close`)).statusCode).toBe(404);
      expect(
        (await stranger.post(`/api/v1/findings/${major}/actions`, { description: 'x', ownerName: 'y', dueOn: '2026-06-30' })).statusCode,
      ).toBe(404);
      expect((await stranger.get(`/api/v1/assessments/${assessmentId}/audit-report.pdf`)).statusCode).toBe(404);
    }
    const rows = await findingRows();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === major)).toMatchObject({ grade: 'major', status: 'open' });
    expect(await t.database.db.select().from(correctiveAction)).toHaveLength(0);
  });

  it('the certifier edits a finding; the audit trail keeps before and after', async () => {
    expect((await auditor.patch(`/api/v1/findings/${minor}`, { rootCause: 'Keine Dokumentenlenkung' })).statusCode).toBe(200);
    expect((await auditor.patch(`/api/v1/findings/${minor}`, { criterionId: 'nope' })).statusCode).toBe(400);
    expect((await municipality.patch(`/api/v1/findings/${minor}`, { grade: 'observation' })).statusCode).toBe(403);
    const trail = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, 'finding'), eq(auditEvent.entityId, minor)));
    expect(trail.map((e) => e.action)).toEqual(['recorded', 'updated']);
    expect(trail[1]!.after).toMatchObject({ rootCause: 'Keine Dokumentenlenkung' });
  });
});

describe('the municipality’s view', () => {
  it('never carries the internal note, not even as a key', async () => {
    for (const client of [municipality, member]) {
      const res = await client.get(`/api/v1/assessments/${assessmentId}/findings`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(INTERNAL);
      expect(res.body).not.toContain('internalNote');
      expect(res.json().findings).toHaveLength(3);
      expect(res.json().permissions).toMatchObject({
        record: false,
        respond: true,
        manageActions: true,
        checkEffectiveness: false,
        seeInternalNotes: false,
      });
    }
  });

  it('answers a finding; the certifier cannot answer for it', async () => {
    expect(
      (await municipality.post(`/api/v1/findings/${major}/response`, { response: 'Die Streupläne werden bis Ende Juni erstellt.' }))
        .statusCode,
    ).toBe(200);
    expect((await certifier.post(`/api/v1/findings/${major}/response`, { response: 'x' })).statusCode).toBe(403);
    expect((await municipality.post(`/api/v1/findings/${major}/response`, { response: '' })).statusCode).toBe(400);
    expect((await findingsOf(certifier)).findings[0]!.municipalityResponse).toBe('Die Streupläne werden bis Ende Juni erstellt.');
  });
});

let majorAction: string;
let minorAction: string;
let followUp: string;

describe('corrective actions', () => {
  it('an action without owner is refused naming ownerName, and nothing is stored', async () => {
    const missing = await municipality.post(`/api/v1/findings/${major}/actions`, {
      description: 'Streupläne erstellen',
      dueOn: '2026-06-30',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('ownerName');
    const blank = await municipality.post(`/api/v1/findings/${major}/actions`, {
      description: 'Streupläne erstellen',
      ownerName: '   ',
      dueOn: '2026-06-30',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().message).toContain('ownerName');
    expect(await t.database.db.select().from(correctiveAction)).toHaveLength(0);
  });

  it('a due date in the past is refused naming dueOn; today is fine', async () => {
    const res = await municipality.post(`/api/v1/findings/${major}/actions`, {
      description: 'x',
      ownerName: 'Frau Winter',
      dueOn: '2026-05-03',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('dueOn');
    expect(await t.database.db.select().from(correctiveAction)).toHaveLength(0);
  });

  it('the municipality proposes actions with owner and due date, the certifier too', async () => {
    const res = await municipality.post(`/api/v1/findings/${major}/actions`, {
      description: 'Streupläne für alle Bezirke erstellen',
      ownerName: 'Frau Winter',
      ownerEmail: 'winter@kreis.example',
      dueOn: '2026-06-30',
    });
    expect(res.statusCode).toBe(201);
    majorAction = res.json().id;
    minorAction = (
      await certifier.post(`/api/v1/findings/${minor}/actions`, {
        description: 'Dokumentenlenkung einführen',
        ownerName: 'Herr Vorlage',
        dueOn: '2026-05-04',
      })
    ).json().id;
    const seen = await findingsOf(municipality);
    expect(seen.findings[0]!.actions).toHaveLength(1);
    expect(seen.findings[0]!.actions[0]).toMatchObject({ status: 'open', effectiveness: null });
  });

  it('closing a finding with open actions is a conflict naming them; nothing changes', async () => {
    const res = await certifier.post(`/api/v1/findings/${major}/close`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain(majorAction);
    expect((await findingRows()).find((r) => r.id === major)!.status).toBe('open');
    expect((await findingsOf(certifier)).findings[0]!.closeBlocker).toBe('actions_not_done');
  });

  it('the municipality cannot close findings', async () => {
    expect((await municipality.post(`/api/v1/findings/${observation}/close`)).statusCode).toBe(403);
  });

  it('an observation closes without any action; a closed finding no longer changes', async () => {
    expect((await certifier.post(`/api/v1/findings/${observation}/close`)).statusCode).toBe(200);
    const closed = (await findingRows()).find((r) => r.id === observation)!;
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toBe(certifier.userId);
    expect(closed.closedAt).toEqual(t.clock.now);
    expect((await municipality.post(`/api/v1/findings/${observation}/response`, { response: 'x' })).statusCode).toBe(409);
    expect(
      (await municipality.post(`/api/v1/findings/${observation}/actions`, { description: 'x', ownerName: 'y', dueOn: '2026-06-30' }))
        .statusCode,
    ).toBe(409);
    expect((await certifier.patch(`/api/v1/findings/${observation}`, { description: 'neu' })).statusCode).toBe(409);
    expect((await certifier.post(`/api/v1/findings/${observation}/close`)).statusCode).toBe(409);
  });

  it('the effectiveness check is the certifier’s: 403 for the municipality, 409 before the action is done', async () => {
    expect(
      (await municipality.post(`/api/v1/corrective-actions/${majorAction}/effectiveness`, { effectiveness: 'effective' })).statusCode,
    ).toBe(403);
    expect(
      (await certifier.post(`/api/v1/corrective-actions/${majorAction}/effectiveness`, { effectiveness: 'effective' })).statusCode,
    ).toBe(409);
    expect((await t.database.db.select().from(correctiveAction).where(eq(correctiveAction.id, majorAction)))[0]!.effectiveness).toBeNull();
  });

  it('"done" needs a completion note; the municipality completes its action', async () => {
    const bare = await municipality.patch(`/api/v1/corrective-actions/${majorAction}`, { status: 'done' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().message).toContain('completionNote');
    expect((await municipality.patch(`/api/v1/corrective-actions/${majorAction}`, { status: 'in_progress' })).statusCode).toBe(200);
    expect((await municipality.patch(`/api/v1/corrective-actions/${majorAction}`, { dueOn: '2026-01-01' })).statusCode).toBe(400);
    expect(
      (
        await municipality.patch(`/api/v1/corrective-actions/${majorAction}`, {
          status: 'done',
          completionNote: 'Streupläne für alle 14 Bezirke erstellt und freigegeben',
        })
      ).statusCode,
    ).toBe(200);
    const action = (await findingsOf(municipality)).findings[0]!.actions[0]!;
    expect(action).toMatchObject({ status: 'done', completedOn: '2026-05-04' });
  });

  it('the certifier checks effectiveness at the running audit; the checked action is then final', async () => {
    const notEffective = await certifier.post(`/api/v1/corrective-actions/${majorAction}/effectiveness`, {
      effectiveness: 'not_effective',
    });
    expect(notEffective.statusCode).toBe(400);
    expect(notEffective.json().message).toContain('note');
    expect(
      (
        await certifier.post(`/api/v1/corrective-actions/${majorAction}/effectiveness`, {
          effectiveness: 'effective',
          note: 'Stichprobe zweier Bezirke geprüft',
        })
      ).statusCode,
    ).toBe(200);
    const action = (await findingsOf(certifier)).findings[0]!.actions[0]!;
    expect(action).toMatchObject({ effectiveness: 'effective', effectivenessAssessmentId: assessmentId });
    expect((await municipality.patch(`/api/v1/corrective-actions/${majorAction}`, { ownerName: 'Jemand anders' })).statusCode).toBe(409);
  });

  it('every change is in the audit trail as finding or corrective_action', async () => {
    const trail = (await certifier.get('/api/v1/audit-events?limit=500')).json().items as { entityType: string; action: string }[];
    const actions = (type: string) =>
      trail
        .filter((e) => e.entityType === type)
        .map((e) => e.action)
        .sort();
    expect(actions('finding')).toEqual(['answered', 'closed', 'recorded', 'recorded', 'recorded', 'updated']);
    expect(actions('corrective_action')).toEqual(['effectiveness_checked', 'proposed', 'proposed', 'updated', 'updated']);
  });
});

describe('the ISO rule at release', () => {
  beforeAll(async () => {
    expect(
      (
        await auditor.put(`/api/v1/assessments/${assessmentId}/meeting`, {
          heldAt: '2026-05-04T09:00:00+02:00',
          attendance: [{ name: 'Landrätin Beispiel', role: 'Landrätin' }],
        })
      ).statusCode,
    ).toBe(200);
    expect((await auditor.post(`/api/v1/assessments/${assessmentId}/meeting/close`)).statusCode).toBe(200);
    for (const c of criteria) {
      expect(
        (
          await auditor.put(`/api/v1/assessments/${assessmentId}/criteria/${c}/score`, {
            conformity: c === 'clause-7-5' ? 'minor' : 'conform',
          })
        ).statusCode,
      ).toBe(200);
    }
  });

  it('an open major nonconformity blocks the decision: 409 naming the criterion, nothing written', async () => {
    const res = await certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('An open major nonconformity blocks the decision');
    expect(res.json().message).toContain('clause-8-5');
    const [row] = await t.database.db.select().from(assessment).where(eq(assessment.id, assessmentId));
    expect(row).toMatchObject({ status: 'meeting_held', releasedAt: null, result: null, phoneCallWith: null });
    expect(await t.database.db.select().from(certificate).where(eq(certificate.assessmentId, assessmentId))).toHaveLength(0);
    const trail = await t.database.db.select().from(auditEvent).where(eq(auditEvent.entityType, 'decision'));
    expect(trail).toHaveLength(0);
  });

  it('a major recorded while the audit runs blocks as well; regraded and closed it no longer does', async () => {
    expect((await findingsOf(certifier)).permissions.record).toBe(true);
    const late = (
      await auditor.post(`/api/v1/assessments/${assessmentId}/findings`, {
        criterionId: 'clause-4-1',
        grade: 'major',
        description: 'Kontext nicht bewertet',
      })
    ).json().id;
    const blocked = await certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().message).toContain('clause-4-1');
    expect(blocked.json().message).toContain('clause-8-5');
    expect((await auditor.patch(`/api/v1/findings/${late}`, { grade: 'improvement' })).statusCode).toBe(200);
    expect((await certifier.post(`/api/v1/findings/${late}/close`)).statusCode).toBe(200);
    expect((await certifier.get(`/api/v1/assessments/${assessmentId}`)).json().openMajorCount).toBe(1);
  });

  it('after closing the major the decision is released with a certificate; the minor stays open', async () => {
    // a second action, done but left for the next audit to check
    followUp = (
      await certifier.post(`/api/v1/findings/${major}/actions`, {
        description: 'Streupläne jährlich prüfen',
        ownerName: 'Frau Winter',
        dueOn: '2026-09-30',
      })
    ).json().id;
    expect(
      (
        await municipality.patch(`/api/v1/corrective-actions/${followUp}`, {
          status: 'done',
          completionNote: 'Prüftermin im Kalender des Bauhofs',
        })
      ).statusCode,
    ).toBe(200);
    expect((await certifier.post(`/api/v1/findings/${major}/close`)).statusCode).toBe(200);
    expect((await certifier.get(`/api/v1/assessments/${assessmentId}`)).json().openMajorCount).toBe(0);
    const res = await certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
      phoneCallAt: '2026-05-04T07:00:00Z',
      phoneCallWith: 'Frau Kontakt',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'passed' });
    expect(res.json().certificateId).toBeTruthy();
    const after = await findingsOf(certifier);
    expect(after.permissions.record).toBe(false);
    expect(after.findings.find((f) => f.id === minor)!.status).toBe('open');
    expect(
      (
        await auditor.post(`/api/v1/assessments/${assessmentId}/findings`, {
          criterionId: 'clause-4-1',
          grade: 'minor',
          description: 'zu spät',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('carried over to the surveillance audit', () => {
  let surveillanceId: string;
  let carried: FindingsBody['findings'][number];

  beforeAll(async () => {
    const [cert] = await t.database.db.select().from(certificate).where(eq(certificate.assessmentId, assessmentId));
    const cycle = (await certifier.get(`/api/v1/certificates/${cert!.id}/cycle`)).json() as { audits: { id: string; kind: string }[] };
    const started = await certifier.post(`/api/v1/certificates/${cert!.id}/audits/${cycle.audits[0]!.id}/start`, {});
    expect(started.statusCode).toBe(201);
    surveillanceId = started.json().assessmentId;
  });

  it('the open minor arrives as an escalated major with the actions of its origin; closed findings stay behind', async () => {
    const seen = await findingsOf(certifier, surveillanceId);
    expect(seen.findings).toHaveLength(1);
    carried = seen.findings[0]!;
    expect(carried).toMatchObject({ criterionId: 'clause-7-5', grade: 'major', status: 'open', carriedFromId: minor, internalNote: '' });
    expect(carried.escalatedAt).not.toBeNull();
    expect(carried.actions.map((a) => a.id)).toEqual([minorAction]);
    expect(seen.openMajorCount).toBe(1);
    expect((await municipality.get(`/api/v1/assessments/${surveillanceId}`)).json().openMajorCount).toBe(1);
    const trail = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, 'finding'), eq(auditEvent.entityId, carried.id)));
    expect(trail.map((e) => e.action)).toEqual(['carried_over_escalated']);
  });

  it('the done but unchecked action of a finding closed last time waits for its check, which is recorded with this audit', async () => {
    const before = await findingsOf(certifier, surveillanceId);
    expect(before.actionsToCheck.map((a) => [a.id, a.finding.id])).toEqual([[followUp, major]]);
    expect(
      (await municipality.post(`/api/v1/corrective-actions/${followUp}/effectiveness`, { effectiveness: 'effective' })).statusCode,
    ).toBe(403);
    expect((await certifier.post(`/api/v1/corrective-actions/${followUp}/effectiveness`, { effectiveness: 'effective' })).statusCode).toBe(
      200,
    );
    const [action] = await t.database.db.select().from(correctiveAction).where(eq(correctiveAction.id, followUp));
    expect(action!.effectivenessAssessmentId).toBe(surveillanceId);
    expect((await findingsOf(certifier, surveillanceId)).actionsToCheck).toEqual([]);
  });

  it('the carried finding closes once its action is done, checked at the surveillance audit', async () => {
    expect((await certifier.post(`/api/v1/findings/${carried.id}/close`)).statusCode).toBe(409);
    expect(
      (
        await municipality.patch(`/api/v1/corrective-actions/${minorAction}`, {
          status: 'done',
          completionNote: 'Dokumentenlenkung eingeführt',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await certifier.post(`/api/v1/corrective-actions/${minorAction}/effectiveness`, { effectiveness: 'effective' })).statusCode,
    ).toBe(200);
    const [action] = await t.database.db.select().from(correctiveAction).where(eq(correctiveAction.id, minorAction));
    expect(action!.effectivenessAssessmentId).toBe(surveillanceId);
    expect((await certifier.post(`/api/v1/findings/${carried.id}/close`)).statusCode).toBe(200);
    expect((await findingsOf(municipality, surveillanceId)).openMajorCount).toBe(0);
  });
});

/** The text of a pdfkit PDF: each content stream inflated, each `[<hex> …] TJ` one run of text. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  const runs = streams.join('\n').match(/\[([^\]]*)\] TJ/g) ?? [];
  return runs
    .map((run) => (run.match(/<([0-9a-f]*)>/gi) ?? []).map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1')).join(''))
    .join('\n');
}

describe('audit report', () => {
  it('PDF in German for the municipality: scope, findings with grades, actions, decision; no internal note', async () => {
    const res = await municipality.get(`/api/v1/assessments/${assessmentId}/audit-report.pdf?lang=de`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Auditbericht-Kreis_Qualit');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    for (const s of [
      'Auditbericht: Kreis Qualitätsstadt',
      'Erstzertifizierung',
      'Hauptabweichung',
      'Nebenabweichung',
      'Feststellung',
      'Frau Winter',
      'wirksam',
      'Die Zertifizierung ist erteilt.',
      'Die Streupläne werden bis Ende Juni erstellt.',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('unvorbereitet');
  });

  it('PDF in English for the certifier, also without the internal note', async () => {
    const res = await certifier.get(`/api/v1/assessments/${assessmentId}/audit-report.pdf?lang=en`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const s of [
      'Audit report: Kreis Qualitätsstadt',
      'Initial certification audit',
      'Major nonconformity',
      'Minor nonconformity',
      'Certification is granted.',
      'conform',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('unvorbereitet');
  });

  it('before the decision the municipality sees no rating per criterion', async () => {
    const surveillance = (await t.database.db.select().from(assessment).where(eq(assessment.kind, 'surveillance')))[0]!;
    const text = pdfText((await municipality.get(`/api/v1/assessments/${surveillance.id}/audit-report.pdf?lang=de`)).rawPayload);
    expect(text).toContain('Überwachungsaudit');
    expect(text).toContain('Die Bewertung je Kriterium wird mit der Freigabe der Entscheidung sichtbar.');
    expect(text).toContain('Die Zertifizierungsentscheidung steht noch aus.');
  });

  it('XLSX in both languages parses back with criteria, findings and actions', async () => {
    for (const [lang, sheets, grade] of [
      ['de', ['Kriterien', 'Feststellungen', 'Maßnahmen'], 'Hauptabweichung'],
      ['en', ['Criteria', 'Findings', 'Actions'], 'Major nonconformity'],
    ] as const) {
      const res = await municipality.get(`/api/v1/assessments/${assessmentId}/audit-report.xlsx?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(sheets);
      expect(wb.worksheets[0]!.rowCount).toBe(criteria.length + 1);
      const findingsSheet = wb.worksheets[1]!;
      expect(findingsSheet.rowCount).toBe(5);
      const grades = [2, 3, 4, 5].map((r) => findingsSheet.getRow(r).getCell(4).value);
      expect(grades).toContain(grade);
      expect(wb.worksheets[2]!.rowCount).toBe(4);
      expect(JSON.stringify(wb.worksheets.map((s) => s.getSheetValues()))).not.toContain('unvorbereitet');
    }
  });

  it('an unknown language is refused', async () => {
    expect((await municipality.get(`/api/v1/assessments/${assessmentId}/audit-report.pdf?lang=fr`)).statusCode).toBe(400);
  });
});
