import { addDays, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import type { TimelineEvent } from '../../domain/cases/case-timeline.js';
import { dueDate } from '../../domain/deadlines/due-date.js';
import type { Actor } from '../auth/actor.js';
import { createCalendarService } from '../calendars/calendar.service.js';
import { createCaseService, type PreparedCase } from '../cases/case.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { createPilotService } from '../pilots/pilot.service.js';
import { createPromiseService } from '../promises/promise.service.js';
import { businessNames, gsmPromises, ralPromises, yearlyVolume } from './demo-promises.js';

/** Easter Sunday (Gauss/Anonymous Gregorian algorithm): Rosenmontag is 48 days before. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Administration = {
  actor: Actor;
  stateCode: 'NW' | 'BY';
  pilots: { name: string; jobTitle: string; email: string; phone: string; userEmail?: string }[];
  lateShare: Record<string, number>;
};

/**
 * Seeds the service promises of the demo administrations: calendars with closure days,
 * promise catalogs, pilots, and a year of cases walked through the case service, so the
 * figures, worklists and evidence for audits show something real from the first start.
 * Deterministic: the same start gives the same cases.
 */
export async function seedServicePromises(
  db: Db,
  catalogs: CatalogService,
  administrations: Administration[],
  userIds: Map<string, string>,
) {
  const now = () => new Date();
  const calendars = createCalendarService({ db });
  const promises = createPromiseService({ db, catalogs, now });
  const pilots = createPilotService({ db });
  // the seed erases nothing, so no mail is ever redacted
  const cases = createCaseService({ db, promises, calendars, mail: { redactRelated: async () => {} }, now });
  let seed = 20261123;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const today = toBerlinDate(now());
  const year = Number(today.slice(0, 4));

  for (const admin of administrations) {
    const { actor } = admin;
    const closureDays = [year - 1, year, year + 1].flatMap((y) => [
      { date: `${y}-12-24`, reason: 'Heiligabend' },
      { date: `${y}-12-31`, reason: 'Silvester' },
      ...(admin.stateCode === 'NW' ? [{ date: addDays(easterSunday(y), -48), reason: 'Rosenmontag' }] : []),
    ]);
    await calendars.update(actor, { region: admin.stateCode === 'BY' ? 'DE-BY-KATH' : 'DE-NW', closureDays });
    const pilotRows: Awaited<ReturnType<typeof pilots.create>>[] = [];
    for (const p of admin.pilots) {
      pilotRows.push(
        await pilots.create(actor, {
          name: p.name,
          jobTitle: p.jobTitle,
          email: p.email,
          phone: p.phone,
          userId: p.userEmail ? (userIds.get(p.userEmail) ?? null) : null,
          areas: [],
          publicCard: true,
          active: true,
        }),
      );
    }
    const catalog = admin.stateCode === 'BY' ? ralPromises : gsmPromises;
    const created: Awaited<ReturnType<typeof promises.create>>[] = [];
    for (const p of catalog) {
      created.push(
        await promises.create(actor, {
          warningFraction: 0.75,
          allowedDeviationRate: 0.15,
          published: true,
          role: null,
          leikaKey: null,
          description: '',
          ...p,
        }),
      );
    }

    // a year of cases per promise with a deadline; most on time, some late, the last days still open
    const calendar = await calendars.current(db, actor.organizationId);
    const references = new Map<number, number>();
    for (const promise of created.filter((p) => p.amount !== null)) {
      const prepared: PreparedCase[] = [];
      const volume = Math.round((yearlyVolume[promise.key] ?? 30) * (0.7 + rand() * 0.6));
      const lateShare = admin.lateShare[promise.key] ?? 0.06;
      for (let i = 0; i < volume; i++) {
        const receivedOn = calendar.index.nextWorkingDayOnOrAfter(addDays(today, -Math.floor(rand() * 365)));
        if (receivedOn > today) continue;
        const due = dueDate(calendar.index, receivedOn, promise.amount!, promise.unit!)!;
        // done a few working days late, or on a day up to the deadline (most well before it)
        const fulfilledOn =
          rand() < lateShare
            ? calendar.index.addWorkingDays(due, 1 + Math.floor(rand() * 6))
            : calendar.index.addWorkingDays(
                receivedOn,
                Math.max(1, Math.floor(calendar.index.workingDaysBetween(receivedOn, due) * rand() ** 1.5)),
              );
        // what is not done by today is still open: at risk or overdue on the worklists
        const history: TimelineEvent[] = fulfilledOn <= today ? [{ kind: 'fulfilled', onDate: fulfilledOn }] : [];
        const y = Number(receivedOn.slice(0, 4));
        const n = (references.get(y) ?? 0) + 1;
        references.set(y, n);
        prepared.push(
          cases.prepare(actor.organizationId, promise, calendar, {
            ...baseInput(),
            receivedAt: new Date(`${receivedOn}T08:30:00Z`),
            reference: `SV-${y}-${String(n).padStart(5, '0')}`,
            history,
          }),
        );
      }
      for (let i = 0; i < prepared.length; i += 500)
        await db.transaction((tx) => cases.insertPrepared(tx, actor.organizationId, prepared.slice(i, i + 500), actor.userId));
    }

    // one callback request waiting since this morning
    const callbackPromise = created.find((p) => p.role === 'callback');
    if (callbackPromise) {
      const callback = cases.prepare(actor.organizationId, callbackPromise, calendar, {
        ...baseInput(),
        source: 'callback_form',
        reference: `SV-${year}-${String((references.get(year) ?? 0) + 1).padStart(5, '0')}`,
        subject: 'Frage zur Genehmigung einer Außengastronomie',
        businessName: null,
        contactName: 'Jana Jung',
        contactEmail: null,
        contactPhone: '0171 2345678',
        details: { preferredTime: 'vormittags' },
        pilotId: null,
        receivedAt: new Date(`${today}T07:15:00Z`),
      });
      await db.transaction((tx) => cases.insertPrepared(tx, actor.organizationId, [callback], null));
    }

    function baseInput() {
      const business = pick(businessNames);
      const pilot = pilotRows.length && rand() < 0.8 ? pick(pilotRows) : null;
      return {
        source: 'manual' as const,
        externalId: null,
        reference: null,
        subject: `Anliegen ${business}`,
        businessName: business,
        contactName: null,
        contactEmail: `kontakt@${business
          .toLowerCase()
          .replace(/[^a-z]+/g, '-')
          .replace(/^-|-$/g, '')}.example`,
        contactPhone: null,
        details: {},
        pilotId: pilot?.id ?? null,
      };
    }
  }
}
