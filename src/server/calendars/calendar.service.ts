import { calendarIndex, type CalendarIndex } from '../../domain/deadlines/calendar-index.js';
import { isKnownRegion } from '../../domain/deadlines/holidays.js';
import { type Actor, requireMunicipalityAdmin, requireMunicipalityStaff } from '../auth/actor.js';
import type { Db, DbOrTx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import { type CalendarRow, createCalendarRepository } from './calendar.repository.js';

export type Calendar = CalendarRow & { index: CalendarIndex };

/**
 * Bavaria's plain region lacks 15 August (Mariä Himmelfahrt), a holiday in most of its
 * municipalities: a Bavarian administration starts on the Catholic variant and changes
 * it when it is in a Protestant municipality or in Augsburg.
 */
export function defaultRegion(stateCode: string | null | undefined): string {
  if (!stateCode) return 'DE-NW';
  return stateCode === 'BY' ? 'DE-BY-KATH' : `DE-${stateCode}`;
}

/** A stored calendar version with its working-day index (built once per region and closure-day set). */
export const withIndex = (row: CalendarRow): Calendar => ({
  ...row,
  index: calendarIndex(
    row.region,
    row.closureDays.map((d) => d.date),
  ),
});

/**
 * The working-day calendar of an administration: holiday region plus closure days,
 * versioned. Cases are measured against the version current at receipt and keep it.
 */
export function createCalendarService({ db }: { db: Db }) {
  return {
    /** The current version; an administration without one gets version 1 from its Land. */
    async current(tx: DbOrTx, organizationId: string): Promise<Calendar> {
      const repo = createCalendarRepository(tx);
      const found = await repo.current(organizationId);
      if (found) return withIndex(found);
      const stateCode = await repo.stateCodeOf(organizationId);
      if (stateCode === undefined) throw new NotFoundError(`Administration ${organizationId} not found`);
      // ON CONFLICT DO NOTHING: a concurrent first use must not abort the caller's transaction
      await repo.insertFirst({ organizationId, region: defaultRegion(stateCode), closureDays: [], createdBy: null });
      return withIndex((await repo.current(organizationId))!);
    },

    /** A stored version, to reproduce how a case was measured. */
    async byId(tx: DbOrTx, organizationId: string, id: string): Promise<Calendar> {
      const row = await createCalendarRepository(tx).byId(organizationId, id);
      if (!row) throw new NotFoundError(`Calendar ${id} not found`);
      return withIndex(row);
    },

    async get(actor: Actor) {
      requireMunicipalityStaff(actor);
      const current = await this.current(db, actor.organizationId);
      const versions = await createCalendarRepository(db).versions(actor.organizationId);
      return { current, versions };
    },

    /** A change is a new version; cases already received keep the version they started with. */
    async update(actor: Actor, body: { region: string; closureDays: { date: string; reason: string }[] }): Promise<Calendar> {
      requireMunicipalityAdmin(actor);
      if (!isKnownRegion(body.region)) throw new ValidationError(`region: unknown holiday region "${body.region}"`);
      const dates = body.closureDays.map((d) => d.date);
      const duplicate = dates.find((d, i) => dates.indexOf(d) !== i);
      if (duplicate) throw new ValidationError(`closureDays: ${duplicate} is listed twice`);
      const closureDays = [...body.closureDays].sort((a, b) => a.date.localeCompare(b.date));
      try {
        // validates every closure day against the supported range before anything is stored
        calendarIndex(body.region, dates);
      } catch (err) {
        throw new ValidationError(`closureDays: ${(err as Error).message}`);
      }
      return db.transaction(async (tx) => {
        const current = await this.current(tx, actor.organizationId);
        try {
          const row = await createCalendarRepository(tx).insert({
            organizationId: actor.organizationId,
            version: current.version + 1,
            region: body.region,
            closureDays,
            createdBy: actor.userId,
          });
          return withIndex(row);
        } catch (err) {
          if (isUniqueViolation(err)) throw new ConflictError('The calendar was changed at the same time by someone else; please reload');
          throw err;
        }
      });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
