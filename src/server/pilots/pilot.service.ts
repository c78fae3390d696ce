import { type Actor, requireMunicipalityAdmin, requireMunicipalityStaff } from '../auth/actor.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import { createPilotRepository, type PilotFields } from './pilot.repository.js';

/** The pilots (Lotsen) of an administration: one person who takes charge of a business's concern. */
export function createPilotService({ db }: { db: Db }) {
  async function checkUser(actor: Actor, fields: PilotFields) {
    if (fields.userId && !(await createPilotRepository(db).userInOrganization(actor.organizationId, fields.userId))) {
      throw new ValidationError(`userId: user ${fields.userId} is not a member of this administration`);
    }
  }
  const unique = (err: unknown): never => {
    if (isUniqueViolation(err)) throw new ConflictError('userId: this user is already a pilot');
    throw err;
  };

  return {
    async list(actor: Actor) {
      requireMunicipalityStaff(actor);
      return createPilotRepository(db).list(actor.organizationId);
    },

    /** The public contact cards: active pilots who agreed to be shown. */
    async publicCards(organizationId: string) {
      return (await createPilotRepository(db).list(organizationId)).filter((p) => p.active && p.publicCard);
    },

    /** The pilot record of the logged-in user, if they are one (their worklist). */
    async ofUser(actor: Actor) {
      return createPilotRepository(db).findByUser(actor.userId);
    },

    async create(actor: Actor, fields: PilotFields) {
      requireMunicipalityAdmin(actor);
      await checkUser(actor, fields);
      return createPilotRepository(db).insert(actor.organizationId, fields).catch(unique);
    },

    async update(actor: Actor, id: string, fields: PilotFields) {
      requireMunicipalityAdmin(actor);
      await checkUser(actor, fields);
      const row = await createPilotRepository(db).update(actor.organizationId, id, fields).catch(unique);
      if (!row) throw new NotFoundError(`Pilot ${id} not found`);
      return row;
    },
  };
}

export type PilotService = ReturnType<typeof createPilotService>;
