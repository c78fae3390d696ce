import { maturityProfile } from '../../domain/maturity/maturity-profile.js';
import { MIN_COMPARISON_GROUP, sizeClassOf } from '../../domain/maturity/size-class.js';
import { roundTo } from '../../domain/scoring/rounding.js';
import { type ScoringResult, scoreAssessment } from '../../domain/scoring/score.js';
import type { Actor } from '../auth/actor.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { createMaturityRepository } from './maturity.repository.js';
import { maturityCatalogOf, maturityPolicy } from './maturity.policy.js';
import type { BenchmarkView, MaturityView, OnlineServiceSummary } from './maturity.schemas.js';

type Deps = { db: Db; catalogs: CatalogService; assessments: Pick<AssessmentService, 'load'> };

/** The criterion whose evidence the online-service check is ("which services are really online"). */
export const ONLINE_SERVICES_CRITERION = 'online-leistungen';

type Rating = Awaited<ReturnType<ReturnType<typeof createMaturityRepository>['criteria']>>[number];

/** The digital maturity result (self vs. auditor per dimension, level, strengths, next steps) and the anonymous comparison. */
export function createMaturityService({ db, catalogs, assessments }: Deps) {
  return {
    async view(actor: Actor, id: string): Promise<MaturityView> {
      const row = await assessments.load(actor, id);
      const { stored, decision, dimensions } = maturityCatalogOf(catalogs, row);
      const policy = maturityPolicy(actor, row);
      const repo = createMaturityRepository(db);
      const [ratings, services] = await Promise.all([repo.criteria(id), repo.onlineServiceSummary(id)]);
      const byId = new Map(ratings.map((r) => [r.criterionId, r]));
      const self = scoreAssessment(stored.catalog, {
        criteria: Object.fromEntries(ratings.map((r) => [r.criterionId, { maturityLevel: r.selfLevel }])),
      });
      const auditor = policy.seeAuditorLevels
        ? scoreAssessment(stored.catalog, { criteria: Object.fromEntries(ratings.map((r) => [r.criterionId, auditorScore(r)])) })
        : null;
      const released = row.status === 'passed' || row.status === 'failed';
      // at release the engine's result is frozen into the assessment: its level is the one on record
      const frozenLevel = released && row.result ? ((row.result as Pick<ScoringResult, 'level'>).level ?? null) : null;
      const level = released ? frozenLevel : (auditor?.level ?? null);
      const guiding = new Map(flattenCriteria(stored.catalog).map((c) => [c.id, c.guidingQuestions]));
      const levelOf = (result: ScoringResult | null, dimensionId: string) =>
        result?.dimensions.find((d) => d.id === dimensionId)?.level ?? null;

      return {
        assessmentId: id,
        aggregation: decision.aggregation,
        levels: decision.levels.map((l) => ({ id: l.id, title: l.title, description: l.description ?? null, minLevel: l.minLevel })),
        selfAssessment: {
          submittedAt: row.selfAssessmentSubmittedAt,
          digitalBudgetEuro: row.digitalBudgetEuro,
          totalBudgetEuro: row.totalBudgetEuro,
          budgetShare: budgetShare(row.digitalBudgetEuro, row.totalBudgetEuro),
          level: self.complete ? self.level : null,
          criteria: dimensions
            .flatMap((d) => d.criteria)
            .map((c) => ({ criterionId: c.id, level: byId.get(c.id)?.selfLevel ?? null, comment: byId.get(c.id)?.selfComment ?? '' })),
        },
        dimensions: dimensions.map((d) => ({
          id: d.id,
          title: d.title,
          perspective: d.perspective,
          maxLevel: d.maxLevel,
          criteria: d.criteria.map((c) => ({ ...c, guidingQuestions: guiding.get(c.id) ?? [] })),
          selfLevel: levelOf(self, d.id),
          auditorLevel: levelOf(auditor, d.id),
        })),
        onlineServices: {
          ...onlineServiceSummaryFor(services, policy.seeAuditorLevels),
          criterionId: byId.has(ONLINE_SERVICES_CRITERION) ? ONLINE_SERVICES_CRITERION : null,
        },
        result: auditor && {
          complete: auditor.complete,
          released,
          level,
          ...maturityProfile({
            dimensions,
            decision,
            reachedLevelId: level?.id ?? null,
            dimensionLevels: Object.fromEntries(auditor.dimensions.map((d) => [d.id, d.level])),
            criterionLevels: Object.fromEntries(ratings.map((r) => [r.criterionId, r.notApplicable ? null : r.auditorLevel])),
          }),
        },
        permissions: {
          editSelfAssessment: policy.editSelfAssessment,
          submitSelfAssessment: policy.editSelfAssessment,
          seeAuditorLevels: policy.seeAuditorLevels,
        },
      };
    },

    /**
     * The anonymous median per dimension of other administrations in the same size class
     * (released assessments of the same scheme and certifier only). Below the minimum group
     * size nothing but the fact is returned: no count, no values.
     */
    async benchmark(actor: Actor, id: string): Promise<BenchmarkView> {
      const row = await assessments.load(actor, id);
      const { stored, decision, dimensions } = maturityCatalogOf(catalogs, row);
      const repo = createMaturityRepository(db);
      const sizeClass = sizeClassOf(await repo.population(row.municipalityId));
      const none = { minimumGroupSize: MIN_COMPARISON_GROUP, available: false, comparableMunicipalities: null, dimensions: [] };
      if (!sizeClass)
        return {
          ...none,
          sizeClass: null,
          reason: 'population-unknown',
          message: 'The population of this administration is unknown, so it has no size class to compare with',
        };
      const weights = new Map(flattenCriteria(stored.catalog).map((c) => [c.id, c.weight]));
      const rows = await repo.benchmark({
        schemeId: stored.schemeId,
        certifierId: row.certifierId,
        municipalityId: row.municipalityId,
        minPopulation: sizeClass.minPopulation,
        maxPopulation: sizeClass.maxPopulation,
        aggregation: decision.aggregation,
        mapping: dimensions.flatMap((d) =>
          d.criteria.map((c) => ({ criterionId: c.id, dimensionId: d.id, weight: weights.get(c.id) ?? 1 })),
        ),
      });
      const groupSize = rows[0]?.groupSize ?? 0;
      if (groupSize < MIN_COMPARISON_GROUP) {
        return {
          ...none,
          sizeClass: { ...sizeClass },
          reason: 'not-enough-comparable-municipalities',
          message: `Not enough comparable municipalities: fewer than ${MIN_COMPARISON_GROUP} others in this size class have a released result`,
        };
      }
      const medians = new Map(
        rows.filter((r) => r.dimensionId && (r.municipalities ?? 0) >= MIN_COMPARISON_GROUP).map((r) => [r.dimensionId!, r.median]),
      );
      return {
        ...none,
        sizeClass: { ...sizeClass },
        available: true,
        reason: null,
        message: null,
        comparableMunicipalities: groupSize,
        dimensions: dimensions.map((d) => {
          const median = medians.get(d.id);
          return { id: d.id, median: median == null ? null : roundTo(median, 1) };
        }),
      };
    },
  };
}

function auditorScore(r: Rating) {
  return r.notApplicable ? { notApplicable: true } : { maturityLevel: r.auditorLevel };
}

function budgetShare(digital: number | null, total: number | null): number | null {
  if (digital == null || total == null || total <= 0) return null;
  return roundTo(digital / total, 4);
}

/** The municipality's own statement is always visible; what the auditor found only with the levels. */
export function onlineServiceSummaryFor(
  s: { total: number; statedOnline: number; checked: number; reallyOnline: number },
  seeChecks: boolean,
): OnlineServiceSummary {
  if (!seeChecks) return { total: s.total, statedOnline: s.statedOnline, checked: null, reallyOnline: null, share: null };
  return { ...s, share: s.checked > 0 ? roundTo(s.reallyOnline / s.checked, 4) : null };
}

export type MaturityService = ReturnType<typeof createMaturityService>;
