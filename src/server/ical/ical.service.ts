import { randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays } from '../../domain/calendar/berlin-date.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/client.js';
import { ForbiddenError, NotFoundError } from '../http/errors.js';
import { createIcalRepository, type FeedOwner } from './ical.repository.js';

const kindLabel = { surveillance: 'Überwachungsaudit', recertification: 'Rezertifizierung', initial: 'Erstaudit' } as const;

/** A whole-day event: iCal's DTEND of a date is exclusive, so the day after. */
const allDay = (iso: string) => ({
  start: new Date(`${iso}T00:00:00Z`),
  end: new Date(`${addDays(iso, 1)}T00:00:00Z`),
  allDay: true,
  timezone: null,
});

/**
 * The iCal feed of a user's audit dates and deadlines. Calendar apps cannot log in, so the
 * feed URL carries a random token of the user's (rotatable, revocable); the feed shows what
 * the user's organisation may see, dates and names only — never points.
 */
export function createIcalService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async feedToken(actor: Actor): Promise<string | null> {
      return createIcalRepository(db).tokenOf(actor.userId);
    },

    /** A new token (the old URL stops working at once). */
    async rotate(actor: Actor): Promise<string> {
      if (actor.organizationKind === 'platform') throw new ForbiddenError('The platform admin has no audit dates');
      const token = randomBytes(24).toString('base64url');
      await createIcalRepository(db).setToken(actor.userId, token);
      return token;
    },

    async revoke(actor: Actor) {
      await createIcalRepository(db).setToken(actor.userId, null);
    },

    async feed(token: string): Promise<string> {
      const repo = createIcalRepository(db);
      const owner = token.length >= 20 ? await repo.ownerOfToken(token) : undefined;
      if (!owner) throw new NotFoundError('No calendar feed under this address');
      return render(owner, repo, now());
    },
  };
}

async function render(owner: FeedOwner, repo: ReturnType<typeof createIcalRepository>, now: Date): Promise<string> {
  const cal = ical({
    name: 'Siegelwerk: Audits und Fristen',
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Siegelwerk', product: 'audit-dates', language: 'DE' },
    timezone: 'Europe/Berlin',
    ttl: 3600,
  });
  const [audits, assessments, items, actions, goals] = await Promise.all([
    repo.openAudits(owner),
    repo.openAssessments(owner),
    repo.planItems(owner, new Date(now.getTime() - 365 * 86_400_000)),
    repo.openActions(owner),
    repo.openGoals(owner),
  ]);
  for (const a of audits) {
    cal.createEvent({
      id: `audit-${a.id}@siegelwerk`,
      ...allDay(a.dueOn),
      summary: `${kindLabel[a.kind]}${a.kind === 'surveillance' ? ` ${a.sequence}` : ''} fällig: ${a.municipality}`,
      description: `Zertifikat ${a.number}: spätestens an diesem Tag durchgeführt und entschieden.`,
    });
  }
  for (const a of assessments) {
    if (a.documentationDueOn)
      cal.createEvent({
        id: `documentation-${a.id}@siegelwerk`,
        ...allDay(a.documentationDueOn),
        summary: `Dokumentation fällig: ${a.municipality}`,
      });
    if (a.meetingPlannedAt) {
      cal.createEvent({
        id: `meeting-${a.id}@siegelwerk`,
        start: a.meetingPlannedAt,
        end: new Date(a.meetingPlannedAt.getTime() + 3 * 3_600_000),
        summary: `${kindLabel[a.kind]}: Auditgespräch ${a.municipality}`,
        location: a.meetingLocation ?? null,
      });
    }
  }
  for (const i of items) {
    cal.createEvent({
      id: `plan-${i.id}@siegelwerk`,
      start: i.startsAt,
      end: i.endsAt,
      summary: `Audit ${i.municipality}: ${i.department}${i.process ? ` – ${i.process}` : ''}`,
      location: i.site || null,
      description: `Auditor/in: ${i.auditorName}`,
    });
  }
  for (const a of actions)
    cal.createEvent({
      id: `action-${a.id}@siegelwerk`,
      ...allDay(a.dueOn),
      summary: `Korrekturmaßnahme fällig: ${a.municipality}`,
      description: `${a.description}\nVerantwortlich: ${a.ownerName}`,
    });
  for (const g of goals)
    cal.createEvent({
      id: `goal-${g.id}@siegelwerk`,
      ...allDay(g.targetDate!),
      summary: `Entwicklungsziel: ${g.title}`,
      description: g.municipality,
    });
  return cal.toString();
}

export type IcalService = ReturnType<typeof createIcalService>;
