import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { assessmentPolicy } from '../assessments/assessment.policy.js';
import type { Actor } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { ConflictError, ForbiddenError, ValidationError } from '../http/errors.js';
import { periodProblem } from './figures.schemas.js';
import { createFiguresRepository } from './figures.repository.js';
import { deviationRate } from './figures.service.js';
import { createMeasuredEvidenceRepository } from './measured-evidence.repository.js';
import { type MeasuredEvidenceView, toMeasuredEvidenceView } from './measured-evidence.schemas.js';

type Deps = { db: Db; catalogs: CatalogService; assessments: Pick<AssessmentService, 'load'>; now: () => Date };

// While the criteria are documented and scored; a released result is frozen.
const OPEN_STATUSES = new Set(['documentation', 'meeting_held']);

/**
 * The figures as dated evidence for an audit: for each current promise of the assessed
 * municipality whose criterion_refs name a criterion of the assessment's scheme, a
 * snapshot of its figures over a period, so the auditor sees what was measured on that
 * day even after new cases arrive.
 */
export function createMeasuredEvidenceService({ db, catalogs, assessments, now }: Deps) {
  return {
    async attach(actor: Actor, assessmentId: string, body: { periodFrom: string; periodTo: string }): Promise<MeasuredEvidenceView[]> {
      const computedAt = now();
      const today = toBerlinDate(computedAt);
      const problem = periodProblem(body.periodFrom, body.periodTo, { from: 'periodFrom', to: 'periodTo' });
      if (problem) throw new ValidationError(`Invalid period: ${problem.field}: ${problem.message}`);
      if (body.periodFrom > today)
        throw new ValidationError(
          `Invalid period: periodFrom (${body.periodFrom}) lies after today (${today}); nothing can have been measured yet`,
        );

      return db.transaction(async (tx) => {
        const row = await assessments.load(actor, assessmentId, tx, true);
        const policy = assessmentPolicy(actor, row);
        if (!policy.certifier && !policy.municipality)
          throw new ForbiddenError(`Your role (${actor.role}) may not attach measured evidence to this assessment`);
        if (!OPEN_STATUSES.has(row.status))
          throw new ConflictError(
            `Measured evidence can be attached while the assessment is in documentation or its meeting is held; it is "${row.status}"`,
          );

        const stored = catalogs.get(row.catalogId);
        const criteria = new Set(flattenCriteria(stored.catalog).map((c) => c.id));
        const figures = createFiguresRepository(tx);
        const promises = await figures.currentPromisesFor(row.municipalityId, stored.schemeId);
        const matches = promises.flatMap((p) =>
          p.criterionRefs
            .filter((ref) => ref.schemeId === stored.schemeId && criteria.has(ref.criterionId))
            .map((ref) => ({ promise: p, criterionId: ref.criterionId })),
        );
        if (matches.length === 0) {
          throw new ConflictError(
            `No current service promise of this municipality names a criterion of "${stored.schemeId}" ${stored.version} (set the promise's criterion references first)`,
          );
        }

        const keys = [...new Set(matches.map((m) => m.promise.key))];
        const rows = await figures.aggregate(
          { organizationIds: [row.municipalityId], from: body.periodFrom, to: body.periodTo, today },
          'year',
          { perOrganization: false, keys },
        );
        const totals = new Map(rows.filter((r) => r.bucket === null).map((r) => [r.key, r]));
        const created = await createMeasuredEvidenceRepository(tx).insert(
          matches.map(({ promise, criterionId }) => {
            const t = totals.get(promise.key);
            return {
              assessmentId,
              criterionId,
              certifierId: row.certifierId,
              municipalityId: row.municipalityId,
              promiseKey: promise.key,
              promiseTitle: promise.title,
              periodFrom: body.periodFrom,
              periodTo: body.periodTo,
              cases: t?.cases ?? 0,
              onTime: t?.onTime ?? 0,
              late: t?.late ?? 0,
              // a promise without a deadline has counts only, no deviation
              deviationRate: t && promise.amount !== null ? deviationRate(t) : null,
              allowedDeviationRate: promise.allowedDeviationRate,
              medianWorkingDays: t?.medianWorkingDays ?? null,
              p90WorkingDays: t?.p90WorkingDays ?? null,
              computedAt,
              attachedBy: actor.userId,
            };
          }),
        );
        return created.map(toMeasuredEvidenceView);
      });
    },
  };
}

export type MeasuredEvidenceService = ReturnType<typeof createMeasuredEvidenceService>;
