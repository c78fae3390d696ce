import type { Catalog } from '../../domain/catalog/catalog.schema.js';
import { scoreAssessment, type ScoringInput } from '../../domain/scoring/score.js';
import type { ResultView } from './assessment.schemas.js';
import type { BonusRow, CriterionRow } from './assessment.repository.js';

/** Maps stored rows to the engine's input; the engine itself lives in src/domain/scoring. */
export function scoringInput(criteria: CriterionRow[], bonus: BonusRow[], goalsReached: number): ScoringInput {
  return {
    criteria: Object.fromEntries(
      criteria.map((c) => [
        c.criterionId,
        {
          notApplicable: c.notApplicable,
          points: c.points,
          grade: c.grade as 1 | 2 | 3 | null,
          deviationRate: c.deviationRate,
          maturityLevel: c.maturityLevel,
          conformity: c.conformity,
        },
      ]),
    ),
    bonusPoints: bonus.reduce((sum, b) => sum + (b.pointsAwarded ?? 0), 0),
    developmentGoalsReached: goalsReached,
  };
}

export function computeResult(catalog: Catalog, criteria: CriterionRow[], bonus: BonusRow[], goalsReached: number): ResultView {
  const r = scoreAssessment(catalog, scoringInput(criteria, bonus, goalsReached));
  const decision = catalog.rules.decision;
  return {
    complete: r.complete,
    missingCriteria: r.missingCriteria,
    regularPoints: r.regularPoints,
    maxRegularPoints: r.maxRegularPoints,
    bonusPoints: r.bonusPoints,
    totalPoints: r.totalPoints,
    percentage: r.percentage,
    passed: r.passed,
    passMark: decision.type === 'absolute' ? decision.passMark : null,
    level: r.level,
    reasons: r.reasons,
  };
}
