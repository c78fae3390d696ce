// Development goals between audits (IHK seal): the municipality notes progress and reports a
// goal reached, the certifier confirms it reached or missed, and each goal confirmed as reached
// earns its bonus points (IHK: 2 per goal) in the next round's result — a recertification audit
// here. Other tenants reach nothing; closed goals no longer change.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent, developmentGoal, goalProgress } from '../src/server/db/schema.js';
import { createCertifier, createMunicipality, PASSWORD } from './support/factories.js';
import { decide, type Parties } from './support/procedures.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

const IHK = 'ihk-mittelstandsfreundliche-kommune';
let t: TestContext;
let p: Parties;
let member: Client;
let otherCertifier: Client;
let otherMunicipality: Client;
let firstId: string;
let certificateId: string;
let goals: { flaechen: string; befragung: string; gruendung: string };
let proposedOnly: string;

type GoalView = {
  id: string;
  assessmentId: string;
  title: string;
  targetDate: string | null;
  state: 'open' | 'reported' | 'reached' | 'missed';
  reachedOn: string | null;
  confirmedAt: string | null;
  confirmedByName: string | null;
  overdue: boolean;
  closed: boolean;
  progressCount: number;
  lastProgress: { note: string; link: string | null; createdAt: string } | null;
  permissions: { addProgress: boolean; reportReached: boolean; decide: boolean };
  municipality: { name: string };
};
const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const list = async (client: Client, state: 'open' | 'all' = 'open') => {
  const res = await client.get(`/api/v1/goals?state=${state}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as GoalView[];
};
const goalRow = async (id: string) => (await t.database.db.select().from(developmentGoal).where(eq(developmentGoal.id, id)))[0]!;

beforeAll(async () => {
  t = await createTestApp({ sessionTtlMs: 10 * 365 * 86_400_000 });
  const c = await createCertifier(t.database.db, [IHK]);
  const c2 = await createCertifier(t.database.db, [IHK]);
  const m = await createMunicipality(t.database.db, 'Stadt Zielhausen');
  const m2 = await createMunicipality(t.database.db, 'Gemeinde Anderswo');
  p = {
    certifier: await login(t.app, c.admin.email, PASSWORD),
    auditor: await login(t.app, c.auditor.email, PASSWORD),
    municipality: await login(t.app, m.admin.email, PASSWORD),
  };
  member = await login(t.app, m.member.email, PASSWORD);
  otherCertifier = await login(t.app, c2.admin.email, PASSWORD);
  otherMunicipality = await login(t.app, m2.admin.email, PASSWORD);

  at('2026-03-02T09:00:00Z');
  const applied = await p.municipality.post('/api/v1/assessments', {
    certifierId: p.certifier.organizationId,
    schemeId: IHK,
    message: 'Wir bewerben uns um das Qualitätszeichen.',
  });
  firstId = applied.json().id;
  expect((await p.certifier.post(`/api/v1/assessments/${firstId}/accept`, { documentationDueOn: '2026-03-31' })).statusCode).toBe(200);
  const propose = async (title: string, targetDate: string) => {
    const res = await p.municipality.post(`/api/v1/assessments/${firstId}/development-goals`, { title, description: '', targetDate });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  goals = {
    flaechen: await propose('Gewerbeflächenkataster online stellen', '2026-12-31'),
    befragung: await propose('Unternehmensbefragung durchführen', '2027-06-30'),
    gruendung: await propose('Gründungsberatung mit festen Sprechzeiten', '2026-09-30'),
  };
  proposedOnly = await propose('Vorschlag ohne Einigung', '2027-01-31');
  for (const id of Object.values(goals))
    expect((await p.auditor.patch(`/api/v1/assessments/${firstId}/development-goals/${id}`, { status: 'agreed' })).statusCode).toBe(200);
  expect(
    (await p.auditor.patch(`/api/v1/assessments/${firstId}/development-goals/${proposedOnly}`, { status: 'rejected' })).statusCode,
  ).toBe(200);

  // before release nothing is tracked yet
  expect(await list(p.municipality)).toEqual([]);
  at('2026-03-20T10:00:00Z');
  const released = await decide(p, t.catalogs, IHK, firstId, { heldAt: '2026-03-20T08:00:00Z', phoneCallAt: '2026-03-20T09:00:00Z' });
  expect(released.statusCode, released.body).toBe(200);
  certificateId = released.json().certificateId;
});

afterAll(async () => t?.close());

describe('after release the agreed goals are tracked', () => {
  it('both sides list the agreed goals by target date; rejected ones are not tracked', async () => {
    at('2026-04-01T09:00:00Z');
    for (const client of [p.municipality, member, p.certifier, p.auditor]) {
      const items = await list(client);
      expect(items.map((g) => [g.title, g.targetDate, g.state])).toEqual([
        ['Gründungsberatung mit festen Sprechzeiten', '2026-09-30', 'open'],
        ['Gewerbeflächenkataster online stellen', '2026-12-31', 'open'],
        ['Unternehmensbefragung durchführen', '2027-06-30', 'open'],
      ]);
      expect(items[0]!.municipality.name).toBe('Stadt Zielhausen');
    }
    expect((await list(p.municipality))[0]!.permissions).toEqual({ addProgress: true, reportReached: true, decide: false });
    expect((await list(p.certifier))[0]!.permissions).toEqual({ addProgress: false, reportReached: false, decide: true });
    const first = (await p.certifier.get(`/api/v1/assessments/${firstId}`)).json();
    expect(first.result.developmentGoalsReached).toBeNull();
  });

  it('the municipality notes progress with a link; the list shows the last note, the goal its timeline', async () => {
    at('2026-05-10T09:00:00Z');
    const first = await p.municipality.post(`/api/v1/goals/${goals.flaechen}/progress`, { note: 'Flächen erfasst, Exposés in Arbeit.' });
    expect(first.statusCode, first.body).toBe(201);
    at('2026-06-15T09:00:00Z');
    expect(
      (
        await member.post(`/api/v1/goals/${goals.flaechen}/progress`, {
          note: 'Kataster als Testversion online.',
          link: 'https://www.zielhausen.example/flaechen',
        })
      ).statusCode,
    ).toBe(201);
    const item = (await list(p.certifier)).find((g) => g.id === goals.flaechen)!;
    expect(item.progressCount).toBe(2);
    expect(item.lastProgress).toEqual({
      note: 'Kataster als Testversion online.',
      link: 'https://www.zielhausen.example/flaechen',
      createdAt: '2026-06-15T09:00:00.000Z',
    });
    const detail = (await p.municipality.get(`/api/v1/goals/${goals.flaechen}`)).json();
    expect(detail.progress.map((n: { note: string }) => n.note)).toEqual([
      'Flächen erfasst, Exposés in Arbeit.',
      'Kataster als Testversion online.',
    ]);
    expect(detail.progress[0].authorName).toMatch(/^municipality_admin /);
  });

  it('bad progress input names the field; the certifier writes no progress; nothing stored', async () => {
    const notLink = await p.municipality.post(`/api/v1/goals/${goals.flaechen}/progress`, { note: 'x', link: 'javascript:alert(1)' });
    expect(notLink.statusCode).toBe(400);
    expect(notLink.json().message).toContain('link');
    expect((await p.municipality.post(`/api/v1/goals/${goals.flaechen}/progress`, { note: '   ' })).statusCode).toBe(400);
    expect((await p.certifier.post(`/api/v1/goals/${goals.flaechen}/progress`, { note: 'Vom Zertifizierer' })).statusCode).toBe(403);
    const rejected = await p.municipality.post(`/api/v1/goals/${proposedOnly}/progress`, { note: 'Trotzdem' });
    expect(rejected.statusCode).toBe(409);
    expect(rejected.json().message).toContain('not an agreed goal');
    expect(await t.database.db.select().from(goalProgress)).toHaveLength(2);
  });

  it('another tenant reaches no goal: 404, nothing changed', async () => {
    for (const stranger of [otherCertifier, otherMunicipality]) {
      expect(await list(stranger, 'all')).toEqual([]);
      expect((await stranger.get(`/api/v1/goals/${goals.flaechen}`)).statusCode).toBe(404);
      expect((await stranger.post(`/api/v1/goals/${goals.flaechen}/progress`, { note: 'fremd' })).statusCode).toBe(404);
      expect((await stranger.post(`/api/v1/goals/${goals.flaechen}/reached`, { reachedOn: '2026-06-01' })).statusCode).toBe(404);
      expect((await stranger.post(`/api/v1/goals/${goals.flaechen}/decision`, { status: 'missed' })).statusCode).toBe(404);
    }
    expect(await goalRow(goals.flaechen)).toMatchObject({ status: 'agreed', reachedOn: null, confirmedAt: null });
    expect(await t.database.db.select().from(goalProgress)).toHaveLength(2);
  });
});

describe('reached, confirmed, missed', () => {
  it('the municipality reports a goal reached, never on a day still to come', async () => {
    at('2026-09-01T09:00:00Z');
    const future = await p.municipality.post(`/api/v1/goals/${goals.flaechen}/reached`, { reachedOn: '2026-09-02' });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('reachedOn');
    expect((await goalRow(goals.flaechen)).reachedOn).toBeNull();
    expect((await p.certifier.post(`/api/v1/goals/${goals.flaechen}/reached`, { reachedOn: '2026-08-28' })).statusCode).toBe(403);
    const ok = await p.municipality.post(`/api/v1/goals/${goals.flaechen}/reached`, {
      reachedOn: '2026-08-28',
      note: 'Kataster ist online.',
      link: 'https://www.zielhausen.example/flaechen',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await p.municipality.post(`/api/v1/goals/${goals.gruendung}/reached`, { reachedOn: '2026-09-01' })).statusCode).toBe(200);
    const items = await list(p.certifier);
    expect(items.find((g) => g.id === goals.flaechen)).toMatchObject({
      state: 'reported',
      reachedOn: '2026-08-28',
      progressCount: 3,
      confirmedAt: null,
    });
    const trail = await t.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, 'development_goal'), eq(auditEvent.entityId, goals.flaechen)));
    expect(trail.map((e) => e.action)).toContain('reported_reached');
  });

  it('a goal past its target date and still open shows as overdue', async () => {
    at('2027-07-01T09:00:00Z');
    expect((await list(p.municipality)).find((g) => g.id === goals.befragung)).toMatchObject({ state: 'open', overdue: true });
    expect((await list(p.municipality)).find((g) => g.id === goals.flaechen)).toMatchObject({ state: 'reported', overdue: false });
  });

  it('the certifier confirms reached or marks missed; the audit trail keeps both', async () => {
    expect((await p.municipality.post(`/api/v1/goals/${goals.flaechen}/decision`, { status: 'reached' })).statusCode).toBe(403);
    expect((await p.auditor.post(`/api/v1/goals/${goals.flaechen}/decision`, { status: 'done' })).statusCode).toBe(400);
    expect((await p.auditor.post(`/api/v1/goals/${goals.flaechen}/decision`, { status: 'reached' })).statusCode).toBe(200);
    expect((await p.certifier.post(`/api/v1/goals/${goals.befragung}/decision`, { status: 'missed' })).statusCode).toBe(200);
    // the Gründungsberatung was reported reached but first marked missed, then corrected
    expect((await p.certifier.post(`/api/v1/goals/${goals.gruendung}/decision`, { status: 'missed' })).statusCode).toBe(200);
    expect((await p.certifier.post(`/api/v1/goals/${goals.gruendung}/decision`, { status: 'reached' })).statusCode).toBe(200);
    const all = await list(p.municipality, 'all');
    expect(all.find((g) => g.id === goals.flaechen)).toMatchObject({
      state: 'reached',
      reachedOn: '2026-08-28',
      confirmedAt: '2027-07-01T09:00:00.000Z',
    });
    expect(all.find((g) => g.id === goals.flaechen)!.confirmedByName).toMatch(/^auditor /);
    expect(all.find((g) => g.id === goals.befragung)).toMatchObject({ state: 'missed', overdue: false });
    expect(all.find((g) => g.id === goals.gruendung)).toMatchObject({ state: 'reached', reachedOn: '2026-09-01' });
    expect(await list(p.municipality)).toEqual([]);
    const trail = await t.database.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.entityType, 'development_goal'), eq(auditEvent.entityId, goals.gruendung), eq(auditEvent.action, 'decided')),
      );
    // the agreement before release, then missed, then reached
    expect(trail.map((e) => (e.after as { status: string }).status)).toEqual(['agreed', 'missed', 'reached']);
  });

  it('a decided goal takes no more notes or reports', async () => {
    const res = await p.municipality.post(`/api/v1/goals/${goals.flaechen}/progress`, { note: 'Noch ein Nachtrag' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('already decided');
    expect((await p.municipality.post(`/api/v1/goals/${goals.befragung}/reached`, { reachedOn: '2027-06-30' })).statusCode).toBe(409);
  });
});

describe('the bonus in the next round', () => {
  let nextId: string;

  it('the recertification counts the two goals confirmed as reached: 2 × 2 bonus points', async () => {
    const cycle = (await p.certifier.get(`/api/v1/certificates/${certificateId}/cycle`)).json() as {
      audits: { id: string; kind: string }[];
    };
    const recert = cycle.audits.find((a) => a.kind === 'recertification')!;
    const started = await p.certifier.post(`/api/v1/certificates/${certificateId}/audits/${recert.id}/start`, {
      documentationDueOn: '2027-08-31',
    });
    expect(started.statusCode, started.body).toBe(201);
    nextId = started.json().assessmentId;
    const live = (await p.certifier.get(`/api/v1/assessments/${nextId}`)).json();
    expect(live.previousAssessmentId).toBe(firstId);
    expect(live.result).toMatchObject({ developmentGoalsReached: 2, bonusPoints: 4, regularPoints: 0 });
  });

  it('the released result keeps them: full points plus 4 bonus points, and the municipality sees how many counted', async () => {
    at('2027-09-20T09:00:00Z');
    const released = await decide(p, t.catalogs, IHK, nextId, { heldAt: '2027-09-20T07:00:00Z', phoneCallAt: '2027-09-20T08:30:00Z' });
    expect(released.statusCode, released.body).toBe(200);
    for (const client of [p.certifier, p.municipality]) {
      const result = (await client.get(`/api/v1/assessments/${nextId}`)).json().result;
      expect(result).toMatchObject({ developmentGoalsReached: 2, regularPoints: 100, bonusPoints: 4, totalPoints: 104, passed: true });
    }
  });

  it('once the next audit is decided the old goals are closed', async () => {
    const all = await list(p.certifier, 'all');
    expect(all.filter((g) => g.assessmentId === firstId).every((g) => g.closed && !g.permissions.decide)).toBe(true);
    const res = await p.certifier.post(`/api/v1/goals/${goals.befragung}/decision`, { status: 'reached' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('next audit');
    expect((await goalRow(goals.befragung)).status).toBe('missed');
  });
});
