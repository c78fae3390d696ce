import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { ValidationError } from '../http/errors.js';
import { createMaturityRepository } from './maturity.repository.js';
import { ensureSelfAssessmentOpen, maturityCatalogOf } from './maturity.policy.js';
import type { SelfAssessmentInput } from './maturity.schemas.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load'>;
  auditTrail: AuditTrailService;
  now: () => Date;
};

/**
 * The municipality's self-assessment (DQD): a level and a comment per maturity criterion,
 * the digital and the total budget. Saved as often as needed while the documentation is
 * open; once submitted it is the municipality's statement and stays as it is.
 */
export function createSelfAssessmentService({ db, catalogs, assessments, auditTrail, now }: Deps) {
  return {
    async save(actor: Actor, id: string, body: SelfAssessmentInput) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        const { dimensions } = maturityCatalogOf(catalogs, row);
        ensureSelfAssessmentOpen(actor, row);
        const maxLevels = new Map(dimensions.flatMap((d) => d.criteria.map((c) => [c.id, c.maxLevel] as const)));
        const seen = new Set<string>();
        for (const entry of body.criteria) {
          const max = maxLevels.get(entry.criterionId);
          if (max === undefined) throw new ValidationError(`criteria: "${entry.criterionId}" is not a maturity criterion of this catalog`);
          if (seen.has(entry.criterionId)) throw new ValidationError(`criteria: "${entry.criterionId}" is listed twice`);
          seen.add(entry.criterionId);
          if (entry.level !== null && entry.level > max)
            throw new ValidationError(`criteria: level ${entry.level} for "${entry.criterionId}" is above its highest level ${max}`);
        }
        const budget = nextBudget(row, body);
        const repo = createMaturityRepository(tx);
        for (const entry of body.criteria) {
          await repo.saveSelfLevel(id, entry.criterionId, { selfMaturityLevel: entry.level, selfComment: entry.comment.trim() || null });
        }
        if (budget) await repo.saveBudget(id, budget);
      });
    },

    /** Submitting needs every dimension rated and both budgets; after it the municipality reads only. */
    async submit(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        const { dimensions } = maturityCatalogOf(catalogs, row);
        ensureSelfAssessmentOpen(actor, row);
        const repo = createMaturityRepository(tx);
        const rated = new Map((await repo.criteria(id)).map((c) => [c.criterionId, c.selfLevel]));
        const missing = dimensions
          .flatMap((d) => d.criteria)
          .filter((c) => rated.get(c.id) == null)
          .map((c) => c.id);
        if (missing.length > 0)
          throw new ValidationError(`criteria: rate every dimension before submitting; missing ${missing.join(', ')}`);
        if (row.digitalBudgetEuro == null || row.totalBudgetEuro == null)
          throw new ValidationError('digitalBudgetEuro, totalBudgetEuro: state both budgets before submitting');
        const at = now();
        await repo.markSubmitted(id, at);
        await auditTrail.record(tx, actor, row, {
          entityType: 'assessment',
          entityId: id,
          action: 'self_assessment_submitted',
          before: null,
          after: { submittedAt: at.toISOString() },
        });
      });
    },
  };
}

/**
 * The budgets after this save, checked as a pair: the share digital / total needs a total
 * above 0, and the digital budget is part of the total. Undefined keeps the stored value.
 */
function nextBudget(row: { digitalBudgetEuro: number | null; totalBudgetEuro: number | null }, body: SelfAssessmentInput) {
  if (body.digitalBudgetEuro === undefined && body.totalBudgetEuro === undefined) return null;
  const digital = body.digitalBudgetEuro === undefined ? row.digitalBudgetEuro : body.digitalBudgetEuro;
  const total = body.totalBudgetEuro === undefined ? row.totalBudgetEuro : body.totalBudgetEuro;
  if (total !== null && total <= 0) throw new ValidationError(`totalBudgetEuro: the total budget must be above 0, got ${total}`);
  if (digital !== null && total !== null && digital > total)
    throw new ValidationError(`digitalBudgetEuro: the digital budget (${digital}) cannot exceed the total budget (${total})`);
  return { digitalBudgetEuro: digital, totalBudgetEuro: total };
}

export type SelfAssessmentService = ReturnType<typeof createSelfAssessmentService>;
