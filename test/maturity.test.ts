import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenCriteria } from '../src/domain/catalog/catalog.schema.js';
import { certificate, organization } from '../src/server/db/schema.js';
import { IHK_SCHEME } from '../src/server/demo/demo-data.js';
import { createCertifier, createMunicipality, createUser, PASSWORD } from './support/factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// The DQD digital maturity assessment through the HTTP API: self-assessment with budgets,
// online services checked by the auditor, the level decided by the weakest dimension,
// confidentiality until release, the certificate's level and the anonymous comparison.

const DQD = 'dqd-digitale-reife';
const PHONE_CALL = { phoneCallAt: '2026-05-04T07:00:00Z', phoneCallWith: 'Frau Kontakt' };

let t: TestContext;
let certifier: Client;
let auditor: Client;
let municipality: Client;
let member: Client;
let stranger: Client;
let municipalityId: string;
let assessmentId: string;
let criterionIds: string[];

const url = (path = '') => `/api/v1/assessments/${assessmentId}${path}`;
const setPopulation = (id: string, population: number) =>
  t.database.db.update(organization).set({ population }).where(eq(organization.id, id));

/** The auditor's side of a procedure after acceptance: meeting, levels per criterion, and (optionally) release. */
async function evaluate(id: string, levels: (criterionId: string) => number, opts: { release: boolean }) {
  expect(
    (
      await auditor.put(`/api/v1/assessments/${id}/meeting`, {
        heldAt: '2026-05-04T09:00:00+02:00',
        attendance: [{ name: 'Bürgermeister', role: 'Bürgermeister' }],
      })
    ).statusCode,
  ).toBe(200);
  expect((await auditor.post(`/api/v1/assessments/${id}/meeting/close`)).statusCode).toBe(200);
  for (const c of criterionIds)
    expect((await auditor.put(`/api/v1/assessments/${id}/criteria/${c}/score`, { maturityLevel: levels(c) })).statusCode).toBe(200);
  if (!opts.release) return null;
  const res = await certifier.post(`/api/v1/assessments/${id}/release`, { ...PHONE_CALL, nextSteps: 'Digitalstrategie beschließen.' });
  expect(res.statusCode).toBe(200);
  return res.json() as { status: string; certificateId: string | null };
}

/** Another administration of the given population with a DQD procedure the certifier records and evaluates. */
async function otherAdministration(name: string, population: number, level: number, opts = { release: true }) {
  const m = await createMunicipality(t.database.db, name);
  await setPopulation(m.org.id, population);
  const res = await certifier.post('/api/v1/assessments/contacts', {
    municipalityId: m.org.id,
    schemeId: DQD,
    message: 'Bitte um Aufnahme.',
    contactName: 'Kontakt',
    contactEmail: 'kontakt@test.example',
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().id as string;
  expect((await certifier.post(`/api/v1/assessments/${id}/accept`, { documentationDueOn: '2026-06-30' })).statusCode).toBe(200);
  await evaluate(id, () => level, opts);
  return { id, orgId: m.org.id, name };
}

beforeAll(async () => {
  t = await createTestApp();
  const c = await createCertifier(t.database.db, [DQD, IHK_SCHEME]);
  const m = await createMunicipality(t.database.db, 'Stadt Reifestadt');
  const other = await createMunicipality(t.database.db, 'Gemeinde Nebenan');
  municipalityId = m.org.id;
  await setPopulation(municipalityId, 20_000);
  certifier = await login(t.app, c.admin.email, PASSWORD);
  auditor = await login(t.app, c.auditor.email, PASSWORD);
  municipality = await login(t.app, m.admin.email, PASSWORD);
  member = await login(t.app, m.member.email, PASSWORD);
  stranger = await login(t.app, (await createUser(t.database.db, other.org.id, 'municipality_admin')).email, PASSWORD);
  criterionIds = flattenCriteria(t.catalogs.latest(DQD).catalog).map((x) => x.id);
  const applied = await municipality.post('/api/v1/assessments', {
    certifierId: certifier.organizationId,
    schemeId: DQD,
    message: 'Wir möchten unsere digitale Reife bewerten lassen.',
  });
  assessmentId = applied.json().id;
  expect((await certifier.post(url('/accept'), { documentationDueOn: '2026-06-30' })).statusCode).toBe(200);
});

afterAll(async () => {
  await t?.close();
});

const allLevels = (level: number, comment = '') => criterionIds.map((criterionId) => ({ criterionId, level, comment }));

describe('self-assessment', () => {
  it('refuses an unknown criterion and names it', async () => {
    const res = await municipality.put(url('/self-assessment'), { criteria: [{ criterionId: 'blockchain-strategie', level: 2 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('blockchain-strategie');
  });

  it('refuses a level above the criterion’s highest level and names both', async () => {
    const res = await municipality.put(url('/self-assessment'), { criteria: [{ criterionId: 'digitalstrategie', level: 5 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/level 5 for "digitalstrategie" is above its highest level 4/);
  });

  it('refuses a digital budget above the total, and a total of 0', async () => {
    const above = await municipality.put(url('/self-assessment'), { digitalBudgetEuro: 2_000_000, totalBudgetEuro: 1_000_000 });
    expect(above.statusCode).toBe(400);
    expect(above.json().message).toContain('digitalBudgetEuro');
    const zero = await municipality.put(url('/self-assessment'), { digitalBudgetEuro: 0, totalBudgetEuro: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().message).toContain('totalBudgetEuro');
  });

  it('may not be filled in by the certifier', async () => {
    expect((await auditor.put(url('/self-assessment'), { criteria: [{ criterionId: 'digitalstrategie', level: 2 }] })).statusCode).toBe(
      403,
    );
  });

  it('saves levels, comments and budgets; the budget share follows', async () => {
    const res = await municipality.put(url('/self-assessment'), {
      criteria: [
        ...allLevels(3).filter((c) => c.criterionId !== 'digitalstrategie'),
        { criterionId: 'digitalstrategie', level: 2, comment: 'Strategie im Entwurf.' },
      ],
      digitalBudgetEuro: 1_250_000,
      totalBudgetEuro: 50_000_000,
    });
    expect(res.statusCode).toBe(200);
    const view = (await member.get(url('/maturity'))).json();
    expect(view.selfAssessment).toMatchObject({
      digitalBudgetEuro: 1_250_000,
      totalBudgetEuro: 50_000_000,
      budgetShare: 0.025,
      submittedAt: null,
      level: { id: 'zeichen' },
    });
    expect(view.selfAssessment.criteria.find((c: { criterionId: string }) => c.criterionId === 'digitalstrategie')).toEqual({
      criterionId: 'digitalstrategie',
      level: 2,
      comment: 'Strategie im Entwurf.',
    });
    expect(view.dimensions.find((d: { id: string }) => d.id === 'digitalstrategie')).toMatchObject({
      perspective: 'inside',
      selfLevel: 2,
      auditorLevel: null,
    });
    expect(view.permissions).toEqual({ editSelfAssessment: true, submitSelfAssessment: true, seeAuditorLevels: false });
  });

  it('cannot be submitted while a dimension is unrated', async () => {
    await municipality.put(url('/self-assessment'), { criteria: [{ criterionId: 'innovationskultur', level: null }] });
    const res = await municipality.post(url('/self-assessment/submit'));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('innovationskultur');
    expect(
      (await municipality.put(url('/self-assessment'), { criteria: [{ criterionId: 'innovationskultur', level: 1 }] })).statusCode,
    ).toBe(200);
  });
});

describe('online services (outside perspective)', () => {
  let portal: string;
  let permit: string;

  it('refuses a LeiKa key that is not 14 digits and an OZG level above 4', async () => {
    const leika = await municipality.post(url('/online-services'), { name: 'Gewerbe anmelden', leikaKey: '9905001210400', statedLevel: 4 });
    expect(leika.statusCode).toBe(400);
    expect(leika.json().message).toContain('leikaKey');
    const level = await municipality.post(url('/online-services'), { name: 'Gewerbe anmelden', statedLevel: 5 });
    expect(level.statusCode).toBe(400);
    expect(level.json().message).toContain('statedLevel');
  });

  it('the municipality lists, corrects and removes its services', async () => {
    const add = (body: object) => municipality.post(url('/online-services'), body);
    portal = (
      await add({ name: 'Gewerbe anmelden', leikaKey: '99050012104000', url: 'https://service.example.org/gewerbe', statedLevel: 4 })
    ).json().id;
    permit = (await add({ name: 'Bauantrag stellen', statedLevel: 3 })).json().id;
    const gone = (await add({ name: 'Hundesteuer', statedLevel: 1 })).json().id;
    expect(
      (await municipality.put(url(`/online-services/${permit}`), { name: 'Bauantrag stellen (digital)', statedLevel: 4 })).statusCode,
    ).toBe(200);
    expect((await municipality.delete(url(`/online-services/${gone}`))).statusCode).toBe(200);
    expect((await municipality.delete(url(`/online-services/${gone}`))).statusCode).toBe(404);
    const list = (await municipality.get(url('/online-services'))).json();
    expect(list.items.map((s: { name: string }) => s.name)).toEqual(['Bauantrag stellen (digital)', 'Gewerbe anmelden']);
    expect(list.summary).toEqual({ total: 2, statedOnline: 2, checked: null, reallyOnline: null, share: null });
  });

  it('only the auditor checks, and another tenant does not even see the service', async () => {
    expect((await municipality.put(url(`/online-services/${portal}/check`), { checkedLevel: 4 })).statusCode).toBe(403);
    expect((await stranger.put(url(`/online-services/${portal}/check`), { checkedLevel: 4 })).statusCode).toBe(404);
    expect((await stranger.get(url('/online-services'))).statusCode).toBe(404);
    expect(
      (await auditor.put(url(`/online-services/${portal}/check`), { checkedLevel: 4, note: 'Antrag bis zum Bescheid online.' })).statusCode,
    ).toBe(200);
    expect(
      (await auditor.put(url(`/online-services/${permit}/check`), { checkedLevel: 2, note: 'Nur PDF-Formular zum Ausdrucken.' }))
        .statusCode,
    ).toBe(200);
  });

  it('the checks count as a fact for "online-leistungen", for the certifier only before release', async () => {
    const seen = (await certifier.get(url('/online-services'))).json();
    expect(seen.summary).toEqual({ total: 2, statedOnline: 2, checked: 2, reallyOnline: 1, share: 0.5 });
    expect(seen.items.find((s: { id: string }) => s.id === permit)).toMatchObject({
      statedLevel: 4,
      checkedLevel: 2,
      note: 'Nur PDF-Formular zum Ausdrucken.',
    });
    expect((await certifier.get(url('/maturity'))).json().onlineServices).toMatchObject({
      criterionId: 'online-leistungen',
      reallyOnline: 1,
      share: 0.5,
    });
    const hidden = (await municipality.get(url('/online-services'))).json();
    expect(
      hidden.items.every(
        (s: { checkedLevel: unknown; note: unknown; checkedAt: unknown }) =>
          s.checkedLevel === null && s.note === null && s.checkedAt === null,
      ),
    ).toBe(true);
    expect((await municipality.get(url('/maturity'))).json().onlineServices).toMatchObject({ total: 2, checked: null, share: null });
  });
});

describe('submitting the self-assessment', () => {
  it('submits once; afterwards the municipality reads only (409)', async () => {
    expect((await municipality.post(url('/self-assessment/submit'))).statusCode).toBe(200);
    expect((await municipality.post(url('/self-assessment/submit'))).statusCode).toBe(409);
    expect((await member.put(url('/self-assessment'), { criteria: [{ criterionId: 'digitalstrategie', level: 4 }] })).statusCode).toBe(409);
    expect((await municipality.post(url('/online-services'), { name: 'Wohngeld', statedLevel: 3 })).statusCode).toBe(409);
    const view = (await municipality.get(url('/maturity'))).json();
    expect(view.selfAssessment.submittedAt).toBeTruthy();
    expect(view.selfAssessment.criteria.find((c: { criterionId: string }) => c.criterionId === 'digitalstrategie').level).toBe(2);
    expect(view.permissions.editSelfAssessment).toBe(false);
  });

  it('the auditor may still check services after the submission', async () => {
    const list = (await auditor.get(url('/online-services'))).json();
    expect(list.permissions).toEqual({ edit: false, check: true, seeChecks: true });
  });
});

// The auditor's levels: online presence strong, budget and innovation culture weak.
const auditorLevels = (id: string) => ({ 'online-praesenz': 4, digitalbudget: 2, innovationskultur: 2 })[id] ?? 3;

describe('the auditor’s evaluation and the level', () => {
  it('decides by the weakest dimension and names strengths, weaknesses and next steps', async () => {
    await evaluate(assessmentId, auditorLevels, { release: false });
    const view = (await certifier.get(url('/maturity'))).json();
    expect(view.aggregation).toBe('weakest');
    expect(view.result).toMatchObject({
      complete: true,
      released: false,
      level: { id: 'zeichen', title: { de: 'Wir setzen Zeichen' } },
      nextLevel: { id: 'vorbild', minLevel: 3 },
      weaknesses: ['digitalbudget', 'innovationskultur'],
    });
    expect(view.result.strengths[0]).toBe('online-praesenz');
    expect(view.result.strengths).toHaveLength(7);
    expect(view.result.nextSteps).toEqual([
      expect.objectContaining({ criterionId: 'digitalbudget', currentLevel: 2, targetLevel: 3 }),
      expect.objectContaining({ criterionId: 'innovationskultur', currentLevel: 2, targetLevel: 3 }),
    ]);
    expect(view.dimensions.find((d: { id: string }) => d.id === 'digitalstrategie')).toMatchObject({ selfLevel: 2, auditorLevel: 3 });
  });

  it('keeps the auditor’s levels from the municipality until release', async () => {
    for (const client of [municipality, member]) {
      const view = (await client.get(url('/maturity'))).json();
      expect(view.result).toBeNull();
      expect(view.permissions.seeAuditorLevels).toBe(false);
      expect(view.dimensions.every((d: { auditorLevel: unknown }) => d.auditorLevel === null)).toBe(true);
      // its own self-assessment stays visible
      expect(view.dimensions.find((d: { id: string }) => d.id === 'digitalstrategie').selfLevel).toBe(2);
    }
  });

  it('is answered 404 for another tenant and for a scheme without maturity criteria', async () => {
    expect((await stranger.get(url('/maturity'))).statusCode).toBe(404);
    const ihk = await municipality.post('/api/v1/assessments', {
      certifierId: certifier.organizationId,
      schemeId: IHK_SCHEME,
      message: 'Auch das Siegel, bitte.',
    });
    const res = await municipality.get(`/api/v1/assessments/${ihk.json().id}/maturity`);
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('not a digital maturity assessment');
  });
});

describe('release and certificate', () => {
  let certificateId: string;

  it('a passed DQD assessment issues a certificate that carries the level', async () => {
    const res = await certifier.post(url('/release'), PHONE_CALL);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('passed');
    certificateId = res.json().certificateId;
    const [row] = await t.database.db.select({ level: certificate.level }).from(certificate).where(eq(certificate.id, certificateId));
    expect(row?.level).toBe('zeichen');
    const view = (await municipality.get(`/api/v1/certificates/${certificateId}`)).json();
    expect(view.level).toEqual({ id: 'zeichen', title: { de: 'Wir setzen Zeichen', en: 'We make a statement' } });
    const pdf = await municipality.get(`/api/v1/certificates/${certificateId}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
  });

  it('after release the municipality sees the auditor’s levels, the checks and the result', async () => {
    const view = (await municipality.get(url('/maturity'))).json();
    expect(view.result).toMatchObject({ released: true, level: { id: 'zeichen' }, weaknesses: ['digitalbudget', 'innovationskultur'] });
    expect(view.dimensions.find((d: { id: string }) => d.id === 'online-praesenz')).toMatchObject({ selfLevel: 3, auditorLevel: 4 });
    expect((await municipality.get(url('/online-services'))).json().summary).toMatchObject({ checked: 2, reallyOnline: 1, share: 0.5 });
  });

  it('checks end with the release', async () => {
    const list = (await auditor.get(url('/online-services'))).json();
    expect((await auditor.put(url(`/online-services/${list.items[0].id}/check`), { checkedLevel: 1 })).statusCode).toBe(409);
  });
});

describe('anonymous comparison within the size class', () => {
  const others: { id: string; orgId: string; name: string }[] = [];

  it('says so when fewer than 3 other administrations of the class have a released result', async () => {
    others.push(await otherAdministration('Gemeinde Eins', 12_000, 1));
    others.push(await otherAdministration('Stadt Zwei', 31_000, 2));
    // not comparable: another size class, and a result not released yet
    others.push(await otherAdministration('Stadt Groß', 80_000, 4));
    others.push(await otherAdministration('Gemeinde Offen', 25_000, 4, { release: false }));
    const res = await municipality.get(url('/maturity/benchmark'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      sizeClass: { id: '10k-50k', minPopulation: 10_000, maxPopulation: 49_999 },
      minimumGroupSize: 3,
      available: false,
      reason: 'not-enough-comparable-municipalities',
      message: expect.stringContaining('Not enough comparable municipalities'),
      comparableMunicipalities: null,
      dimensions: [],
    });
  });

  it('shows the median per dimension from 3 others, without the asking municipality and without any name, id or single value', async () => {
    others.push(await otherAdministration('Markt Drei', 45_500, 4));
    const res = await municipality.get(url('/maturity/benchmark'));
    const body = res.json();
    expect(body).toMatchObject({ available: true, reason: null, comparableMunicipalities: 3 });
    expect(body.dimensions).toHaveLength(criterionIds.length);
    // levels 1, 2 and 4 of the three others: the median is 2, and the asking municipality's own 3s and 4 are not in it
    expect(body.dimensions.every((d: { median: number }) => d.median === 2)).toBe(true);
    const text = res.body;
    for (const o of others) {
      expect(text).not.toContain(o.name);
      expect(text).not.toContain(o.orgId);
      expect(text).not.toContain(o.id);
    }
    expect(text).not.toContain(municipalityId);
    expect(Object.keys(body).sort()).toEqual([
      'available',
      'comparableMunicipalities',
      'dimensions',
      'message',
      'minimumGroupSize',
      'reason',
      'sizeClass',
    ]);
    expect(body.dimensions.every((d: object) => Object.keys(d).sort().join() === 'id,median')).toBe(true);
  });

  it('counts the asking municipality for the others, and not at all in another class', async () => {
    const big = others.find((o) => o.name === 'Stadt Groß')!;
    expect((await certifier.get(`/api/v1/assessments/${big.id}/maturity/benchmark`)).json()).toMatchObject({
      available: false,
      sizeClass: { id: '50k-100k' },
    });
    const one = others.find((o) => o.name === 'Gemeinde Eins')!;
    const body = (await certifier.get(`/api/v1/assessments/${one.id}/maturity/benchmark`)).json();
    // Reifestadt (3/4/2), Zwei (2), Drei (4): the median per dimension is the middle one
    expect(body.comparableMunicipalities).toBe(3);
    expect(body.dimensions.find((d: { id: string }) => d.id === 'digitalbudget').median).toBe(2);
    expect(body.dimensions.find((d: { id: string }) => d.id === 'zusammenarbeit').median).toBe(3);
  });

  it('is not available to another tenant', async () => {
    expect((await stranger.get(url('/maturity/benchmark'))).statusCode).toBe(404);
  });
});
