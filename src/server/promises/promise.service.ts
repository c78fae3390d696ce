import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { type Actor, requireMunicipalityAdmin, requireMunicipalityStaff } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import { createPromiseRepository, type PromiseRow } from './promise.repository.js';
import type { PromiseBody, PromiseUpdateBody } from './promise.schemas.js';

type Deps = { db: Db; catalogs: CatalogService; now: () => Date };

/** "Gewerbeanmeldung in 1 Arbeitstag" → "gewerbeanmeldung-in-1-arbeitstag" */
export function keyFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `versprechen-${slug || 'x'}`;
}

/**
 * The promise catalog of an administration. A promise is versioned: a change retires the
 * current row and inserts the next version, so cases stay measured against the wording
 * and deadline they were received under.
 */
export function createPromiseService({ db, catalogs, now }: Deps) {
  function validate(body: PromiseUpdateBody) {
    if ((body.amount === null) !== (body.unit === null))
      throw new ValidationError('amount and unit: give both for a deadline, or neither for a promise without one');
    for (const ref of body.criterionRefs) {
      let criteria: string[];
      try {
        criteria = flattenCriteria(catalogs.latest(ref.schemeId).catalog).map((c) => c.id);
      } catch {
        throw new ValidationError(`criterionRefs: unknown scheme "${ref.schemeId}"`);
      }
      if (!criteria.includes(ref.criterionId))
        throw new ValidationError(`criterionRefs: scheme "${ref.schemeId}" has no criterion "${ref.criterionId}"`);
    }
  }

  async function insert(tx: DbOrTx, actor: Actor, key: string, version: number, body: PromiseUpdateBody): Promise<PromiseRow> {
    try {
      return await createPromiseRepository(tx).insert({
        ...body,
        organizationId: actor.organizationId,
        key,
        version,
        createdBy: actor.userId,
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (body.role) throw new ConflictError(`role: another current promise already has the role "${body.role}"`);
      throw new ConflictError(`key: a promise "${key}" exists already (or was changed at the same time)`);
    }
  }

  return {
    async list(actor: Actor) {
      requireMunicipalityStaff(actor);
      return createPromiseRepository(db).listCurrent(actor.organizationId);
    },

    /** For the public service page: published promises only. */
    async listPublished(organizationId: string) {
      return (await createPromiseRepository(db).listCurrent(organizationId)).filter((p) => p.published);
    },

    async versions(actor: Actor, id: string) {
      requireMunicipalityStaff(actor);
      const repo = createPromiseRepository(db);
      const row = await repo.find(actor.organizationId, id);
      if (!row) throw new NotFoundError(`Promise ${id} not found`);
      return repo.versions(actor.organizationId, row.key);
    },

    async create(actor: Actor, body: PromiseBody): Promise<PromiseRow> {
      requireMunicipalityAdmin(actor);
      validate(body);
      const { key, ...fields } = body;
      return db.transaction((tx) => insert(tx, actor, key ?? keyFromTitle(body.title), 1, fields));
    },

    /** A new version of the promise; the old one is retired but stays for the cases measured against it. */
    async update(actor: Actor, id: string, body: PromiseUpdateBody): Promise<PromiseRow> {
      requireMunicipalityAdmin(actor);
      validate(body);
      return db.transaction(async (tx) => {
        const repo = createPromiseRepository(tx);
        const current = await repo.find(actor.organizationId, id, { forUpdate: true });
        if (!current) throw new NotFoundError(`Promise ${id} not found`);
        if (current.retiredAt) throw new ConflictError(`Promise ${id} is an old version (${current.version}); change the current one`);
        await repo.retire(current.id, now());
        return insert(tx, actor, current.key, current.version + 1, body);
      });
    },

    /** Withdraws a promise: no new cases; existing cases and figures stay. */
    async retire(actor: Actor, id: string) {
      requireMunicipalityAdmin(actor);
      await db.transaction(async (tx) => {
        const repo = createPromiseRepository(tx);
        const current = await repo.find(actor.organizationId, id, { forUpdate: true });
        if (!current) throw new NotFoundError(`Promise ${id} not found`);
        if (current.retiredAt) throw new ConflictError(`Promise ${id} is already withdrawn or replaced`);
        await repo.retire(current.id, now());
      });
    },

    /** Any version, for a case measured against it. */
    async byId(tx: DbOrTx, organizationId: string, id: string): Promise<PromiseRow> {
      const row = await createPromiseRepository(tx).find(organizationId, id);
      if (!row) throw new NotFoundError(`Promise ${id} not found`);
      return row;
    },

    /** The current version a new case is measured against: by id of any version, by key, or by role. */
    async currentFor(
      tx: DbOrTx,
      organizationId: string,
      ref: { id?: string; key?: string; role?: NonNullable<PromiseRow['role']> },
    ): Promise<PromiseRow> {
      const repo = createPromiseRepository(tx);
      let row: PromiseRow | undefined;
      if (ref.id) {
        const any = await repo.find(organizationId, ref.id);
        row = any && (any.retiredAt ? await repo.currentByKey(organizationId, any.key) : any);
      } else if (ref.key) row = await repo.currentByKey(organizationId, ref.key);
      else if (ref.role) row = await repo.currentByRole(organizationId, ref.role);
      if (!row) throw new NotFoundError(`No current promise ${ref.id ?? ref.key ?? `with role ${ref.role}`} in this administration`);
      return row;
    },
  };
}

export type PromiseService = ReturnType<typeof createPromiseService>;
