import { eq } from 'drizzle-orm';
import { createAssessmentService } from '../assessments/assessment.service.js';
import { createAuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { Actor } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { appUser, organization } from '../db/schema.js';
import { createGoalService } from '../goals/goal.service.js';
import { createQualityRepService } from '../quality-reps/quality-rep.service.js';

// Quality work between audits, for Stadt Musterhagen: its quality representatives per
// department with a central quality manager (as Kreis Soest runs ISO 9001 across its
// Dezernate), and progress on the three development goals agreed with its IHK seal — notes over
// the past weeks, and one goal reported reached, waiting for the IHK to confirm it.

const MUSTERHAGEN_ADMIN = 'wirtschaft@musterhagen.example';
const DAY = 86_400_000;

const representatives = [
  { department: 'Verwaltungsführung', name: 'Dr. Jana Vogt', email: 'qm@musterhagen.example', phone: '02365 99-100', centralManager: true },
  {
    department: 'Fachbereich 1 – Zentrale Dienste und Archiv',
    name: 'Markus Lehmann',
    email: 'qm.zentral@musterhagen.example',
    phone: '02365 99-110',
    centralManager: false,
  },
  {
    department: 'Fachbereich 3 – Bauen, Umwelt und Bauhof',
    name: 'Sabine Krüger',
    email: 'qm.bauen@musterhagen.example',
    phone: '02365 99-310',
    centralManager: false,
  },
  {
    department: 'Fachbereich 4 – Wirtschaftsförderung',
    name: 'Anna Schmidt',
    email: 'wirtschaft@musterhagen.example',
    phone: '02365 99-200',
    centralManager: false,
  },
];

// by goal title (demo/seed.ts): [days ago, note, link]
const progress: Record<string, [number, string, string | null][]> = {
  'Gewerbeflächenkataster online stellen': [
    [60, 'Alle 23 freien Gewerbeflächen sind erfasst; Exposés für die ersten zehn liegen vor.', null],
    [
      21,
      'Testversion des Katasters im Stadtportal freigeschaltet, Rückmeldungen der Makler eingearbeitet.',
      'https://www.example.org/musterhagen/gewerbeflaechen',
    ],
  ],
  'Unternehmensbefragung durchführen': [[35, 'Fragebogen mit der IHK abgestimmt; Versand an 800 Betriebe im nächsten Quartal.', null]],
  'Gründungsberatung mit festen Sprechzeiten': [
    [50, 'Sprechzeiten dienstags und donnerstags im Gründungsbüro eingerichtet.', null],
    [12, 'Seit acht Wochen durchgehend angeboten, 41 Beratungen dokumentiert.', 'https://www.example.org/musterhagen/gruendung'],
  ],
};
const reportedReached = {
  title: 'Gründungsberatung mit festen Sprechzeiten',
  daysAgo: 5,
  note: 'Ziel erreicht: feste Sprechzeiten im Regelbetrieb, im Stadtportal veröffentlicht.',
};

export async function seedQualityDemo(db: Db, catalogs: CatalogService): Promise<void> {
  let clock = Date.now();
  const now = () => new Date(clock);
  const auditTrail = createAuditTrailService();
  const assessments = createAssessmentService({ db, catalogs, auditTrail, now });
  const qualityReps = createQualityRepService({ db, assessments });
  const goals = createGoalService({ db, assessments, auditTrail, now });
  const admin = await actorFor(db, MUSTERHAGEN_ADMIN);

  for (const rep of representatives) await qualityReps.create(admin, { ...rep, active: true });

  const open = await goals.list(admin, { state: 'open' });
  const notes = open.flatMap((g) => (progress[g.title] ?? []).map(([daysAgo, note, link]) => ({ goalId: g.id, daysAgo, note, link })));
  for (const n of notes.sort((a, b) => b.daysAgo - a.daysAgo)) {
    clock = Date.now() - n.daysAgo * DAY;
    await goals.addProgress(admin, n.goalId, { note: n.note, link: n.link });
  }
  const reached = open.find((g) => g.title === reportedReached.title);
  if (reached) {
    clock = Date.now() - reportedReached.daysAgo * DAY;
    await goals.reportReached(admin, reached.id, { reachedOn: new Date(clock).toISOString().slice(0, 10), note: reportedReached.note });
  }
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
