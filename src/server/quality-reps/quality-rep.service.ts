import type { AssessmentService } from '../assessments/assessment.service.js';
import { type Actor, isMunicipalityStaff, requireMunicipalityAdmin, requireMunicipalityStaff } from '../auth/actor.js';
import type { Db, DbOrTx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { ConflictError, NotFoundError } from '../http/errors.js';
import { createQualityRepRepository, type QualityRepRow } from './quality-rep.repository.js';
import type { QualityRepInput, QualityRepList, QualityRepView } from './quality-rep.schemas.js';

type Deps = { db: Db; assessments: Pick<AssessmentService, 'load'> };

const view = (r: QualityRepRow): QualityRepView => ({
  id: r.id,
  department: r.department,
  name: r.name,
  email: r.email,
  phone: r.phone,
  centralManager: r.centralManager,
  active: r.active,
  createdAt: r.createdAt,
});

/**
 * The quality representatives of a municipality (one per department) and its central quality
 * manager, as Kreis Soest runs ISO 9001 across its Dezernate. The administration's admin keeps
 * the list; its staff read it, and so does the certifier of any of its assessments.
 */
export function createQualityRepService({ db, assessments }: Deps) {
  async function list(actor: Actor, municipalityId: string): Promise<QualityRepList> {
    const repo = createQualityRepRepository(db);
    const [rows, name] = await Promise.all([repo.list(municipalityId), repo.municipalityName(municipalityId)]);
    const own = isMunicipalityStaff(actor) && actor.organizationId === municipalityId;
    return {
      municipality: { id: municipalityId, name },
      items: rows.map(view),
      permissions: { edit: own && actor.role === 'municipality_admin' },
    };
  }

  /** One active central quality manager per municipality (index quality_representative_central_uq); said in words before the index says it in SQL. */
  async function ensureOneCentral(tx: DbOrTx, municipalityId: string, input: QualityRepInput, exceptId?: string) {
    if (!input.centralManager || !input.active) return;
    const repo = createQualityRepRepository(tx);
    const other = await repo.activeCentral(municipalityId, exceptId);
    if (other) throw centralConflict(await repo.municipalityName(municipalityId), other.name);
  }

  async function write<T>(municipalityId: string, run: (tx: DbOrTx) => Promise<T>): Promise<T> {
    try {
      return await db.transaction(run);
    } catch (err) {
      // two admins naming a central manager at the same moment: the index refuses the second
      if (isUniqueViolation(err)) throw centralConflict(await createQualityRepRepository(db).municipalityName(municipalityId), null);
      throw err;
    }
  }

  return {
    /** The actor's own administration. */
    async listOwn(actor: Actor): Promise<QualityRepList> {
      requireMunicipalityStaff(actor);
      return list(actor, actor.organizationId);
    },

    /** The municipality of an assessment, for its certifier (another tenant's assessment: 404). */
    async listForAssessment(actor: Actor, assessmentId: string): Promise<QualityRepList> {
      const row = await assessments.load(actor, assessmentId);
      return list(actor, row.municipalityId);
    },

    async create(actor: Actor, input: QualityRepInput): Promise<string> {
      requireMunicipalityAdmin(actor);
      const municipalityId = actor.organizationId;
      return write(municipalityId, async (tx) => {
        await ensureOneCentral(tx, municipalityId, input);
        const row = await createQualityRepRepository(tx).insert({ municipalityId, ...input, phone: input.phone ?? null });
        return row.id;
      });
    },

    async update(actor: Actor, id: string, input: QualityRepInput): Promise<void> {
      requireMunicipalityAdmin(actor);
      const municipalityId = actor.organizationId;
      await write(municipalityId, async (tx) => {
        const repo = createQualityRepRepository(tx);
        if (!(await repo.find(municipalityId, id, { forUpdate: true }))) throw new NotFoundError(`Quality representative ${id} not found`);
        await ensureOneCentral(tx, municipalityId, input, id);
        await repo.update(id, { ...input, phone: input.phone ?? null });
      });
    },

    /** Who an audit plan goes to: the active representatives with the central quality manager first, each address once. */
    async recipients(
      tx: DbOrTx,
      municipalityId: string,
    ): Promise<{ name: string; email: string; department: string; centralManager: boolean }[]> {
      const seen = new Set<string>();
      return (await createQualityRepRepository(tx).active(municipalityId))
        .filter((r) => {
          const key = r.email.toLowerCase();
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((r) => ({ name: r.name, email: r.email, department: r.department, centralManager: r.centralManager }));
    },
  };
}

function centralConflict(municipalityName: string, currentName: string | null): ConflictError {
  const who = currentName ? ` (${currentName})` : '';
  return new ConflictError(
    `${municipalityName || 'This municipality'} already has a central quality manager${who}; mark that one as no longer central or inactive first`,
  );
}

export type QualityRepService = ReturnType<typeof createQualityRepService>;
