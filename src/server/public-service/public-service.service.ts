import type { CaseService } from '../cases/case.service.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError } from '../http/errors.js';
import type { PilotService } from '../pilots/pilot.service.js';
import type { PromiseService } from '../promises/promise.service.js';
import type { PublicFormFields, PublicFormsService } from '../public-forms/public-forms.service.js';
import { createPublicServiceRepository } from './public-service.repository.js';

type Deps = {
  db: Db;
  promises: PromiseService;
  pilots: PilotService;
  cases: CaseService;
  calendars: CalendarService;
  publicForms: PublicFormsService;
  now: () => Date;
};

export type CallbackRequest = PublicFormFields & {
  name: string;
  phone: string;
  email?: string | null | undefined;
  topic: string;
  preferredTime?: string | null | undefined;
  consent: true;
};

/**
 * What a business sees of an administration without logging in: its published promises,
 * its pilots' contact cards, and the callback form (promise 9: a callback within the
 * deadline of the administration's callback promise, tracked as a case like any other).
 */
export function createPublicServiceService({ db, promises, pilots, cases, calendars, publicForms, now }: Deps) {
  async function administration(id: string) {
    const org = await createPublicServiceRepository(db).administration(id);
    if (!org) throw new NotFoundError(`Administration ${id} not found`);
    return org;
  }

  return {
    administrations: () => createPublicServiceRepository(db).administrations(),

    async page(id: string) {
      const org = await administration(id);
      const [published, cards] = await Promise.all([promises.listPublished(id), pilots.publicCards(id)]);
      return { ...org, promises: published, pilots: cards, callbackAvailable: published.some((p) => p.role === 'callback') };
    },

    /** Promise 9: the request becomes a case of the callback promise; the business gets its reference and the date. */
    async requestCallback(organizationId: string, body: CallbackRequest): Promise<{ reference: string; dueOn: string | null }> {
      await publicForms.verify(body);
      await administration(organizationId);
      return db.transaction(async (tx) => {
        const promise = await promises.currentFor(tx, organizationId, { role: 'callback' }).catch(() => {
          throw new ConflictError('This administration offers no callback service');
        });
        const calendar = await calendars.current(tx, organizationId);
        const prepared = cases.prepare(organizationId, promise, calendar, {
          source: 'callback_form',
          externalId: null,
          reference: null,
          subject: body.topic,
          businessName: null,
          contactName: body.name,
          contactEmail: body.email ?? null,
          contactPhone: body.phone,
          details: body.preferredTime ? { preferredTime: body.preferredTime } : {},
          pilotId: null,
          receivedAt: now(),
        });
        await cases.insertPrepared(tx, organizationId, [prepared], null);
        return { reference: prepared.row.reference, dueOn: prepared.row.dueOn ?? null };
      });
    },
  };
}

export type PublicServiceService = ReturnType<typeof createPublicServiceService>;
