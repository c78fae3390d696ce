import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, ValidationError } from '../http/errors.js';
import { createMaturityRepository, type OnlineServiceRow } from './maturity.repository.js';
import { ensureMayCheck, ensureSelfAssessmentOpen, maturityCatalogOf, maturityPolicy } from './maturity.policy.js';
import type { OnlineServiceInput } from './maturity.schemas.js';
import { onlineServiceSummaryFor } from './maturity.service.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load'>;
  auditTrail: AuditTrailService;
  now: () => Date;
};

/** Enough for every service a municipality offers (the OZG catalogue has about 575), small enough to stay a list. */
const MAX_SERVICES = 600;

/**
 * Outside perspective: the municipality lists its online services with the OZG level it
 * states; the auditor checks each one and records the level found. The list belongs to the
 * self-assessment (editable until it is submitted); the checks are confidential until release.
 */
export function createOnlineServiceService({ db, catalogs, assessments, auditTrail, now }: Deps) {
  async function openForMunicipality(actor: Actor, id: string, tx: DbOrTx) {
    const row = await assessments.load(actor, id, tx, true);
    maturityCatalogOf(catalogs, row);
    ensureSelfAssessmentOpen(actor, row);
    return row;
  }

  async function existing(tx: DbOrTx, id: string, serviceId: string): Promise<OnlineServiceRow> {
    const found = await createMaturityRepository(tx).onlineService(id, serviceId);
    if (!found) throw new NotFoundError(`Online service ${serviceId} not found`);
    return found;
  }

  return {
    async list(actor: Actor, id: string) {
      const row = await assessments.load(actor, id);
      maturityCatalogOf(catalogs, row);
      const policy = maturityPolicy(actor, row);
      const repo = createMaturityRepository(db);
      const [rows, summary] = await Promise.all([repo.onlineServices(id), repo.onlineServiceSummary(id)]);
      const seeChecks = policy.seeAuditorLevels;
      return {
        items: rows.map((s) => ({
          id: s.id,
          name: s.name,
          leikaKey: s.leikaKey,
          url: s.url,
          statedLevel: s.statedLevel,
          checkedLevel: seeChecks ? s.checkedLevel : null,
          note: seeChecks ? s.note : null,
          checkedAt: seeChecks ? s.checkedAt : null,
        })),
        summary: onlineServiceSummaryFor(summary, seeChecks),
        permissions: { edit: policy.editSelfAssessment, check: policy.checkOnlineServices, seeChecks },
      };
    },

    async add(actor: Actor, id: string, body: OnlineServiceInput): Promise<string> {
      return db.transaction(async (tx) => {
        const row = await openForMunicipality(actor, id, tx);
        const repo = createMaturityRepository(tx);
        if ((await repo.countOnlineServices(id)) >= MAX_SERVICES)
          throw new ValidationError(`An assessment lists at most ${MAX_SERVICES} online services`);
        const created = await repo.insertOnlineService({
          assessmentId: id,
          certifierId: row.certifierId,
          municipalityId: row.municipalityId,
          name: body.name,
          leikaKey: body.leikaKey ?? null,
          url: body.url ?? null,
          statedLevel: body.statedLevel,
        });
        return created.id;
      });
    },

    async update(actor: Actor, id: string, serviceId: string, body: OnlineServiceInput) {
      await db.transaction(async (tx) => {
        await openForMunicipality(actor, id, tx);
        await existing(tx, id, serviceId);
        await createMaturityRepository(tx).updateOnlineService(serviceId, {
          name: body.name,
          leikaKey: body.leikaKey ?? null,
          url: body.url ?? null,
          statedLevel: body.statedLevel,
        });
      });
    },

    async remove(actor: Actor, id: string, serviceId: string) {
      await db.transaction(async (tx) => {
        await openForMunicipality(actor, id, tx);
        await existing(tx, id, serviceId);
        await createMaturityRepository(tx).deleteOnlineService(id, serviceId);
      });
    },

    /** The auditor's check: the OZG level actually found, with a note (what was tried, what broke). */
    async check(actor: Actor, id: string, serviceId: string, body: { checkedLevel: number; note: string }) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        maturityCatalogOf(catalogs, row);
        ensureMayCheck(actor, row);
        const before = await existing(tx, id, serviceId);
        const updated = await createMaturityRepository(tx).updateOnlineService(serviceId, {
          checkedLevel: body.checkedLevel,
          note: body.note.trim(),
          checkedAt: now(),
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'criterion_score',
          entityId: `${id}/online-services/${serviceId}`,
          action: 'online_service_checked',
          before: before.checkedAt ? { checkedLevel: before.checkedLevel, note: before.note } : null,
          after: { name: updated.name, statedLevel: updated.statedLevel, checkedLevel: updated.checkedLevel, note: updated.note },
        });
      });
    },
  };
}

export type OnlineServiceService = ReturnType<typeof createOnlineServiceService>;
