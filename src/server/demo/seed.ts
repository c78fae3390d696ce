import { eq } from 'drizzle-orm';
import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { createAssessmentService } from '../assessments/assessment.service.js';
import { createMeetingService } from '../assessments/meeting.service.js';
import { createResultService } from '../assessments/result.service.js';
import { createDocumentationService } from '../assessments/documentation.service.js';
import { createFindingService } from '../findings/finding.service.js';
import { createAuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import { createCertificateCycleService } from '../certificates/certificate-cycle.service.js';
import { createCertificateService } from '../certificates/certificate.service.js';
import { createMailService } from '../mail/mail.service.js';
import type { Db } from '../db/client.js';
import { appUser, organization, schemeOffer } from '../db/schema.js';
import {
  DEMO_PASSWORD,
  demoAdministrations,
  demoCertifier,
  demoDistricts,
  demoLateShares,
  demoMunicipalities,
  demoPilots,
  demoUsers,
  IHK_SCHEME,
} from './demo-data.js';
import { seedCycleDemo } from './seed-cycle.js';
import { seedMaturityDemo } from './seed-maturity.js';
import { seedQualityDemo } from './seed-quality.js';
import { seedServicePromises } from './seed-service-promises.js';

/**
 * Seeds the demo tenants on first start, then walks real procedures through the
 * services (so demo results obey the same rules and leave the same audit trail):
 * one passed with a certificate, one failed with next steps, one after the
 * meeting, one freshly applied.
 */
export async function seedDemoData(db: Db, catalogs: CatalogService): Promise<boolean> {
  const existing = await db.select({ id: organization.id }).from(organization).limit(1);
  if (existing.length > 0) return false;

  const orgIds = new Map<string, string>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const insert = async (key: string, values: typeof organization.$inferInsert) => {
      const [row] = await tx.insert(organization).values(values).returning({ id: organization.id });
      orgIds.set(key, row!.id);
    };
    await insert('platform', { kind: 'platform', name: 'Siegelwerk' });
    await insert(demoCertifier.key, { kind: 'certifier', name: demoCertifier.name, stateCode: 'NW' });
    for (const d of demoDistricts)
      await insert(d.key, { kind: 'district', name: d.name, stateCode: d.stateCode, ags: d.ags, population: d.population });
    for (const m of demoMunicipalities) {
      await insert(m.key, {
        kind: 'municipality',
        name: m.name,
        parentId: orgIds.get(m.district)!,
        stateCode: m.stateCode,
        ags: m.ags,
        population: m.population,
      });
    }
    await tx.insert(appUser).values(
      demoUsers.map((u) => ({
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        organizationId: orgIds.get(u.org)!,
        passwordHash,
      })),
    );
    const schemeIds = [...new Set(catalogs.list().map((c) => c.schemeId))];
    await tx.insert(schemeOffer).values(schemeIds.map((schemeId) => ({ certifierId: orgIds.get(demoCertifier.key)!, schemeId })));
  });

  await walkDemoProcedures(db, catalogs, orgIds);
  const userIds = new Map((await db.select({ id: appUser.id, email: appUser.email }).from(appUser)).map((u) => [u.email, u.id]));
  const administrations = [];
  for (const a of demoAdministrations) {
    administrations.push({
      actor: await actorFor(db, a.admin),
      stateCode: a.stateCode,
      pilots: demoPilots[a.org] ?? [],
      lateShare: demoLateShares[a.org] ?? {},
    });
  }
  await seedServicePromises(db, catalogs, administrations, userIds);
  await seedMaturityDemo(db, catalogs);
  await seedQualityDemo(db, catalogs);
  await seedCycleDemo(db, catalogs);
  return true;
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

async function walkDemoProcedures(db: Db, catalogs: CatalogService, orgIds: Map<string, string>) {
  // Demo history is dated in the recent past, relative to the first start.
  let clock = Date.now() - 120 * 86_400_000;
  const now = () => new Date(clock);
  const days = (n: number) => (clock += n * 86_400_000);
  const auditTrail = createAuditTrailService();
  // the demo history sends no mail: without a mailer the outbox only holds what would go out
  const mail = createMailService({ db, mailer: null, jobs: { enqueue: async () => {} }, now });
  const cycle = createCertificateCycleService({ db, catalogs, auditTrail, mail, now });
  const certificates = createCertificateService({ db, catalogs, auditTrail, cycle, now });
  const assessments = createAssessmentService({ db, catalogs, auditTrail, now });
  const documentation = createDocumentationService({ db, catalogs, assessments, now });
  const meeting = createMeetingService({ db, catalogs, assessments, auditTrail, now });
  const findings = createFindingService({ db, catalogs, assessments, auditTrail, now });
  const results = createResultService({ db, catalogs, assessments, certificates, findings, cycle, auditTrail, now });

  const leitung = await actorFor(db, 'leitung@ihk-musterregion.example');
  const auditor = await actorFor(db, 'audit@ihk-musterregion.example');
  const certifierId = orgIds.get(demoCertifier.key)!;
  const criteria = flattenCriteria(catalogs.latest(IHK_SCHEME).catalog);

  async function toMeeting(email: string, message: string) {
    const municipality = await actorFor(db, email);
    const id = await assessments.apply(municipality, { certifierId, schemeId: IHK_SCHEME, message });
    days(3);
    await assessments.accept(leitung, id, {
      documentationDueOn: isoDay(clock + 30 * 86_400_000),
      meetingPlannedAt: new Date(clock + 35 * 86_400_000).toISOString(),
      meetingLocation: 'Rathaus, Sitzungssaal',
    });
    days(10);
    for (const c of criteria.slice(0, 8)) {
      await documentation.save(municipality, id, c.id, {
        explanation: `Erläuterung der ${municipality.organizationName} zu „${c.title.de}“.`,
        links: ['https://www.example.org/wirtschaft'],
      });
    }
    await meeting.proposeGoal(municipality, id, {
      title: 'Gewerbeflächenkataster online stellen',
      description: 'Alle freien Gewerbeflächen mit Exposé im Internet.',
      targetDate: isoDay(clock + 365 * 86_400_000),
    });
    await meeting.proposeGoal(municipality, id, {
      title: 'Unternehmensbefragung durchführen',
      description: 'Befragung der Betriebe zur Zufriedenheit mit der Verwaltung.',
      targetDate: isoDay(clock + 540 * 86_400_000),
    });
    await meeting.proposeGoal(municipality, id, {
      title: 'Gründungsberatung mit festen Sprechzeiten',
      description: '',
      targetDate: isoDay(clock + 300 * 86_400_000),
    });
    await meeting.addBonusProject(municipality, id, {
      title: 'Digitaler Gewerbe-Stammtisch',
      description: 'Monatlicher Austausch von Verwaltung und Betrieben.',
    });
    days(25);
    await meeting.record(auditor, id, {
      heldAt: new Date(clock).toISOString(),
      location: 'Rathaus, Sitzungssaal',
      attendance: [
        { name: 'Bürgermeister/in', role: 'Bürgermeister/in' },
        { name: municipality.displayName, role: 'Ansprechpartner/in Wirtschaftsförderung' },
        { name: 'Leitung Bauordnung', role: 'Fachbereichsleitung' },
      ],
      summary: 'Alle Kriterien wurden besprochen; Unterlagen vollständig übergeben.',
    });
    await meeting.close(auditor, id);
    return { id, municipality };
  }

  async function scoreAll(id: string, share: number, bonus: number) {
    const detail = await assessments.detail(auditor, id);
    for (const c of criteria) {
      await results.score(auditor, id, c.id, { notApplicable: false, points: Math.round((c.maxPoints ?? 0) * share) });
    }
    for (const g of detail.developmentGoals) await meeting.decideGoal(auditor, id, g.id, { status: 'agreed' });
    const project = detail.bonusProjects[0];
    if (project) await results.awardBonus(auditor, id, project.id, bonus);
  }

  // Passed, with a certificate and its publicity under way.
  const passed = await toMeeting(
    'wirtschaft@musterhagen.example',
    'Die Stadt Musterhagen möchte sich um das Qualitätszeichen bewerben. Ansprechpartnerin ist Frau Schmidt.',
  );
  days(7);
  await scoreAll(passed.id, 0.85, 3);
  const released = await results.release(leitung, passed.id, { phoneCallAt: new Date(clock).toISOString(), phoneCallWith: 'Anna Schmidt' });
  days(14);
  if (released.certificateId) {
    await certificates.updatePublicity(leitung, released.certificateId, {
      handoverOn: isoDay(clock),
      handoverForm: 'Gemeinsames Pressegespräch im Rathaus',
      plaqueStatus: 'delivered',
    });
  }

  // Failed, with agreed next steps.
  clock = Date.now() - 90 * 86_400_000;
  const failed = await toMeeting('wirtschaft@beispielberg.example', 'Wir bewerben uns formlos um das Qualitätszeichen.');
  days(6);
  await scoreAll(failed.id, 0.6, 2);
  await results.release(leitung, failed.id, {
    phoneCallAt: new Date(clock).toISOString(),
    phoneCallWith: 'Miriam Koch',
    nextSteps:
      'Online-Terminvergabe für Gewerbeanmeldungen einführen und Flächenkataster veröffentlichen; erneutes Gespräch in etwa zwölf Monaten.',
  });

  // Meeting held, result open.
  clock = Date.now() - 40 * 86_400_000;
  await toMeeting('wirtschaft@exempeldorf.example', 'Die Gemeinde Exempeldorf bittet um Aufnahme in das Verfahren.');

  // Freshly applied.
  clock = Date.now() - 2 * 86_400_000;
  const musterbach = await actorFor(db, 'wirtschaft@musterbach.example');
  await assessments.apply(musterbach, {
    certifierId,
    schemeId: IHK_SCHEME,
    message: 'Der Markt Musterbach interessiert sich für das Qualitätszeichen und benennt Herrn Huber als Ansprechpartner.',
  });
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
