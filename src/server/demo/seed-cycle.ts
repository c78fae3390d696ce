import { eq } from 'drizzle-orm';
import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { addDays, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { createAssessmentService } from '../assessments/assessment.service.js';
import { createCycleAuditService } from '../assessments/cycle-audit.service.js';
import { createDocumentationService } from '../assessments/documentation.service.js';
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

// The certificate cycle (ISO 9001) at two points, walked through the services with a clock in
// the past, because a running server's clock is real time and the states follow from the dates:
// - Kreis Musterhagen was certified about 11 months before the first start, so its first
//   surveillance audit falls due in the coming weeks ("Audit fällig"): it is there to be performed.
// - Stadt Beispielberg was certified about 25 months ago and passed its first surveillance audit;
//   the second fell due a few weeks ago and never took place, so the certificate is suspended —
//   in the public registry too. It was reminded ahead of the date, and the status job recorded
//   the suspension the morning after, as the hourly job of a running server does.

const ISO = 'iso-9001-2015';
const DAY = 86_400_000;

const documented: Record<string, string> = {
  'clause-4-3': 'Der Anwendungsbereich umfasst alle Dezernate mit ihren Außenstellen; dokumentiert im QM-Handbuch, Kapitel 1.',
  'clause-5-2': 'Die Qualitätspolitik ist vom Verwaltungsvorstand beschlossen und im Intranet veröffentlicht.',
  'clause-7-5': 'Dokumentenlenkung über das Dokumentenmanagementsystem mit Freigabe-Workflow.',
  'clause-9-2': 'Internes Auditprogramm für drei Jahre; jährlich werden alle Dezernate auditiert.',
};

export async function seedCycleDemo(db: Db, catalogs: CatalogService): Promise<void> {
  let clock = Date.now();
  const now = () => new Date(clock);
  const daysAgo = (n: number) => (clock = Date.now() - n * DAY);
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
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
  const cycleAudits = createCycleAuditService({ db, catalogs, cycle, auditTrail, carryOverFindings: findings.carryOver, now });

  const leitung = await actorFor(db, 'leitung@ihk-musterregion.example');
  const auditor = await actorFor(db, 'audit@ihk-musterregion.example');
  const criteria = flattenCriteria(catalogs.latest(ISO).catalog);

  /** Meeting on site, closed, every sub-clause conform, released after the phone call. */
  async function audit(id: string, contact: string, location: string) {
    await meeting.record(auditor, id, {
      heldAt: now().toISOString(),
      location,
      attendance: [
        { name: 'Verwaltungsvorstand', role: 'oberste Leitung' },
        { name: contact, role: 'Qualitätsmanagementbeauftragte/r' },
        { name: 'Leitung Bauhof', role: 'Standortverantwortung' },
      ],
      summary: 'Auditplan über alle Dezernate und den Bauhof abgearbeitet; Stichproben in Bürgerbüro und Archiv.',
    });
    await meeting.close(auditor, id);
    clock += 3 * DAY;
    for (const c of criteria) await results.score(auditor, id, c.id, { notApplicable: false, conformity: 'conform' });
    clock += 2 * DAY;
    return results.release(leitung, id, { phoneCallAt: now().toISOString(), phoneCallWith: contact });
  }

  /** Initial audit, from the application to the certificate, decided `decidedDaysAgo` days ago. */
  async function certify(email: string, decidedDaysAgo: number, location: string): Promise<string> {
    const municipality = await actorFor(db, email);
    daysAgo(decidedDaysAgo + 37);
    const id = await assessments.apply(municipality, {
      certifierId: leitung.organizationId,
      schemeId: ISO,
      message: `${municipality.organizationName} beantragt die Zertifizierung ihres Qualitätsmanagementsystems nach ISO 9001:2015.`,
    });
    clock += 3 * DAY;
    await assessments.accept(leitung, id, { documentationDueOn: isoDay(clock + 21 * DAY), meetingLocation: location });
    clock += 9 * DAY;
    for (const [criterionId, explanation] of Object.entries(documented))
      await documentation.save(municipality, id, criterionId, { explanation, links: [] });
    clock += 20 * DAY;
    const { certificateId } = await audit(id, municipality.displayName, location);
    return certificateId!;
  }

  // Kreis Musterhagen: the first surveillance audit is due in about a month.
  await certify('wirtschaft@kreis-musterhagen.example', 335, 'Kreishaus Musterhagen');

  // Stadt Beispielberg: surveillance 1 passed (with an observation), surveillance 2 missed.
  const beispielberg = await certify('wirtschaft@beispielberg.example', 760, 'Rathaus Beispielberg');
  const contact = (await actorFor(db, 'wirtschaft@beispielberg.example')).displayName;
  const [first, second] = (await cycle.cycle(leitung, beispielberg)).audits;
  daysAgo(440);
  const surveillance = await cycleAudits.start(leitung, beispielberg, first!.id, {});
  daysAgo(410);
  const observation = await findings.create(auditor, surveillance, {
    criterionId: 'clause-7-2',
    grade: 'observation',
    description: 'Die Einarbeitung neuer Beschäftigter im Bürgerbüro ist nicht einheitlich dokumentiert.',
    evidence: 'Stichprobe von drei Personalakten',
    rootCause: '',
    internalNote: '',
  });
  await findings.close(auditor, observation);
  await audit(surveillance, contact, 'Rathaus Beispielberg');

  // reminded ahead of the second surveillance audit (on the first working day within the lead time) …
  for (clock = Date.parse(`${addDays(second!.dueOn, -35)}T07:00:00Z`); toBerlinDate(now()) < second!.dueOn; clock += DAY) {
    if ((await cycle.sendReminders()) > 0) break;
  }
  // … which never took place: the status job records the suspension the morning after
  clock = Date.parse(`${addDays(second!.dueOn, 1)}T05:05:00Z`);
  await cycle.recordStatusChanges();
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
