import type { Catalog } from '../../domain/catalog/catalog.schema.js';
import { scoreAssessment, type ScoringInput } from '../../domain/scoring/score.js';
import type { ResultView } from './assessment.schemas.js';
import type { AssessmentRepository, AssessmentRow, BonusRow, CriterionRow } from './assessment.repository.js';

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

/**
 * The previous round's development goals the certifier confirmed as reached (a new round, a
 * surveillance or recertification audit), or null for a first round.
 */
export async function previousGoalsReached(
  repo: Pick<AssessmentRepository, 'confirmedReachedGoals'>,
  row: Pick<AssessmentRow, 'previousAssessmentId'>,
): Promise<number | null> {
  return row.previousAssessmentId ? repo.confirmedReachedGoals(row.previousAssessmentId) : null;
}

/**
 * `goalsReached`: see previousGoalsReached. The scheme's developmentGoals rule says how many
 * goals are agreed and what each earns; more than agreed never count (the engine refuses them).
 */
export function computeResult(catalog: Catalog, criteria: CriterionRow[], bonus: BonusRow[], goalsReached: number | null): ResultView {
  const rule = catalog.rules.developmentGoals;
  const counted = rule && goalsReached !== null ? Math.min(goalsReached, rule.count) : null;
  const r = scoreAssessment(catalog, scoringInput(criteria, bonus, counted ?? 0));
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
    developmentGoalsReached: counted,
  };
}
