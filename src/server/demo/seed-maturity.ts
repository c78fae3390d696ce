import { eq } from 'drizzle-orm';
import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { createAssessmentService } from '../assessments/assessment.service.js';
import { createMeetingService } from '../assessments/meeting.service.js';
import { createResultService } from '../assessments/result.service.js';
import { createAuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { Actor } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import { createCertificateCycleService } from '../certificates/certificate-cycle.service.js';
import { createCertificateService } from '../certificates/certificate.service.js';
import type { Db } from '../db/client.js';
import { appUser, organization } from '../db/schema.js';
import { createFindingService } from '../findings/finding.service.js';
import { createMailService } from '../mail/mail.service.js';
import { createOnlineServiceService } from '../maturity/online-service.service.js';
import { createSelfAssessmentService } from '../maturity/self-assessment.service.js';

// Digital maturity (DQD) demo: Stadt Musterhagen and Gemeinde Exempeldorf each walk a DQD
// assessment through the services — self-assessment with budgets, online services checked by
// the auditor, levels per dimension, release. Three invented towns of Exempeldorf's size class
// (10,000–49,999) without logins add released results, so Exempeldorf sees the anonymous median;
// Musterhagen is alone in its class and sees "not enough comparable municipalities".

const DQD = 'dqd-digitale-reife';
type Levels = Record<string, number>;
type Service = { name: string; leikaKey?: string; url?: string; stated: number; checked: number; note: string };

const comparisonDistrict = { name: 'Kreis Beispielland', stateCode: 'NW', ags: '05998000', population: 241_000 };
const comparisonTowns = [
  { name: 'Gemeinde Beispielhausen', ags: '05998004', population: 14_900, level: 1 },
  { name: 'Stadt Musterstein', ags: '05998008', population: 27_400, level: 2 },
  { name: 'Gemeinde Exempelrode', ags: '05998012', population: 19_800, level: 3 },
];

const musterhagen = {
  email: 'wirtschaft@musterhagen.example',
  self: {
    'e-government-angebot': 3,
    kommunikationskanaele: 3,
    'online-praesenz': 4,
    'online-leistungen': 3,
    digitalstrategie: 3,
    zusammenarbeit: 3,
    digitalbudget: 2,
    zustaendigkeiten: 3,
    innovationskultur: 3,
  } as Levels,
  auditor: {
    'e-government-angebot': 3,
    kommunikationskanaele: 3,
    'online-praesenz': 4,
    'online-leistungen': 3,
    digitalstrategie: 3,
    zusammenarbeit: 2,
    digitalbudget: 2,
    zustaendigkeiten: 3,
    innovationskultur: 3,
  } as Levels,
  comments: {
    digitalbudget: 'Digitalansätze sind im Haushalt verteilt; ein eigenes Budget ist für 2027 geplant.',
    zusammenarbeit: 'Digitalisierungsrunde der Fachbereiche tagt monatlich.',
  } as Record<string, string>,
  budget: { digital: 1_940_000, total: 182_500_000 },
  services: [
    {
      name: 'Gewerbe anmelden',
      leikaKey: '99050012104000',
      url: 'https://service.musterhagen.example/gewerbe',
      stated: 4,
      checked: 4,
      note: 'Vollständig online bis zur Bestätigung.',
    },
    {
      name: 'Bauantrag stellen',
      url: 'https://service.musterhagen.example/bauantrag',
      stated: 3,
      checked: 3,
      note: 'Antrag mit Anlagen online; Bescheid per Post.',
    },
    { name: 'Wohnsitz anmelden', stated: 3, checked: 1, note: 'Nur Terminbuchung online, Anmeldung vor Ort.' },
    { name: 'Hundesteuer anmelden', stated: 2, checked: 2, note: 'PDF-Formular zum Ausdrucken.' },
    {
      name: 'Sondernutzung öffentlicher Straßen beantragen',
      stated: 4,
      checked: 3,
      note: 'Online-Antrag, Gebührenbescheid noch auf Papier.',
    },
  ] as Service[],
};

const exempeldorf = {
  email: 'wirtschaft@exempeldorf.example',
  self: {
    'e-government-angebot': 2,
    kommunikationskanaele: 2,
    'online-praesenz': 3,
    'online-leistungen': 2,
    digitalstrategie: 2,
    zusammenarbeit: 2,
    digitalbudget: 1,
    zustaendigkeiten: 2,
    innovationskultur: 2,
  } as Levels,
  auditor: {
    'e-government-angebot': 2,
    kommunikationskanaele: 2,
    'online-praesenz': 3,
    'online-leistungen': 1,
    digitalstrategie: 2,
    zusammenarbeit: 2,
    digitalbudget: 1,
    zustaendigkeiten: 2,
    innovationskultur: 1,
  } as Levels,
  comments: { digitalstrategie: 'Ratsbeschluss zur Digitalstrategie vom März; Maßnahmenplan in Arbeit.' } as Record<string, string>,
  budget: { digital: 145_000, total: 24_800_000 },
  services: [
    { name: 'Gewerbe anmelden', leikaKey: '99050012104000', stated: 3, checked: 3, note: 'Über das Landesportal.' },
    { name: 'Bauantrag stellen', stated: 3, checked: 2, note: 'Formular online, Einreichung nur auf Papier.' },
    { name: 'Kita-Platz beantragen', stated: 2, checked: 2, note: 'PDF-Formular.' },
  ] as Service[],
};

export async function seedMaturityDemo(db: Db, catalogs: CatalogService): Promise<void> {
  let clock = Date.now() - 75 * 86_400_000;
  const now = () => new Date(clock);
  const days = (n: number) => (clock += n * 86_400_000);
  const auditTrail = createAuditTrailService();
  const mail = createMailService({ db, mailer: null, jobs: { enqueue: async () => {} }, now });
  const cycle = createCertificateCycleService({ db, catalogs, auditTrail, mail, now });
  const certificates = createCertificateService({ db, catalogs, auditTrail, cycle, now });
  const assessments = createAssessmentService({ db, catalogs, auditTrail, now });
  const meeting = createMeetingService({ db, catalogs, assessments, auditTrail, now });
  const findings = createFindingService({ db, catalogs, assessments, auditTrail, now });
  const results = createResultService({ db, catalogs, assessments, certificates, findings, cycle, auditTrail, now });
  const selfAssessment = createSelfAssessmentService({ db, catalogs, assessments, auditTrail, now });
  const onlineServices = createOnlineServiceService({ db, catalogs, assessments, auditTrail, now });

  const leitung = await actorFor(db, 'leitung@ihk-musterregion.example');
  const auditor = await actorFor(db, 'audit@ihk-musterregion.example');
  const criteria = flattenCriteria(catalogs.latest(DQD).catalog);

  async function evaluate(id: string, levels: (criterionId: string) => number) {
    days(20);
    await meeting.record(auditor, id, {
      heldAt: now().toISOString(),
      location: 'Rathaus',
      attendance: [
        { name: 'Bürgermeister/in', role: 'Bürgermeister/in' },
        { name: 'Leitung IT und Organisation', role: 'Digitalisierungsbeauftragte/r' },
      ],
      summary: 'Außen- und Innenperspektive besprochen; Online-Leistungen stichprobenartig geprüft.',
    });
    await meeting.close(auditor, id);
    days(5);
    for (const c of criteria) await results.score(auditor, id, c.id, { notApplicable: false, maturityLevel: levels(c.id) });
    days(2);
    await results.release(leitung, id, {
      phoneCallAt: now().toISOString(),
      phoneCallWith: 'Ansprechperson der Verwaltung',
      nextSteps: 'Schwächste Dimensionen gezielt stärken; erneute Bewertung in 24 Monaten.',
    });
  }

  async function walk(who: typeof musterhagen) {
    const municipality = await actorFor(db, who.email);
    const id = await assessments.apply(municipality, {
      certifierId: leitung.organizationId,
      schemeId: DQD,
      message: 'Wir möchten unsere digitale Reife bewerten lassen.',
    });
    days(2);
    await assessments.accept(leitung, id, { documentationDueOn: isoDay(clock + 28 * 86_400_000) });
    days(6);
    await selfAssessment.save(municipality, id, {
      criteria: criteria.map((c) => ({ criterionId: c.id, level: who.self[c.id] ?? 2, comment: who.comments[c.id] ?? '' })),
      digitalBudgetEuro: who.budget.digital,
      totalBudgetEuro: who.budget.total,
    });
    const serviceIds = [];
    for (const s of who.services)
      serviceIds.push(
        await onlineServices.add(municipality, id, {
          name: s.name,
          leikaKey: s.leikaKey ?? null,
          url: s.url ?? null,
          statedLevel: s.stated,
        }),
      );
    days(4);
    await selfAssessment.submit(municipality, id);
    days(5);
    for (const [i, s] of who.services.entries())
      await onlineServices.check(auditor, id, serviceIds[i]!, { checkedLevel: s.checked, note: s.note });
    await evaluate(id, (c) => who.auditor[c] ?? 2);
  }

  const districtId = await insertOrganization(db, { kind: 'district', ...comparisonDistrict });
  for (const town of comparisonTowns) {
    const { level, ...values } = town;
    const municipalityId = await insertOrganization(db, { kind: 'municipality', parentId: districtId, stateCode: 'NW', ...values });
    clock = Date.now() - 160 * 86_400_000;
    const id = await assessments.recordContact(leitung, {
      municipalityId,
      schemeId: DQD,
      message: 'Anfrage per E-Mail zur Bewertung der digitalen Reife.',
      contactName: 'Hauptamt',
      contactEmail: 'hauptamt@beispielland.example',
    });
    days(3);
    await assessments.accept(leitung, id, { documentationDueOn: isoDay(clock + 28 * 86_400_000) });
    await evaluate(id, (c) => (c === 'online-praesenz' ? Math.min(level + 1, 4) : level));
  }

  clock = Date.now() - 75 * 86_400_000;
  await walk(musterhagen);
  clock = Date.now() - 60 * 86_400_000;
  await walk(exempeldorf);
}

async function insertOrganization(db: Db, values: typeof organization.$inferInsert): Promise<string> {
  const [row] = await db.insert(organization).values(values).returning({ id: organization.id });
  return row!.id;
}

async function actorFor(db: Db, email: string): Promise<Actor> {
  const [row] = await db
    .select({ user: appUser, org: organization })
    .from(appUser)
    .innerJoin(organization, eq(organization.id, appUser.organizationId))
    .where(eq(appUser.email, email));
  const { user, org } = row!;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    organizationId: org.id,
    organizationKind: org.kind,
    organizationName: org.name,
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
