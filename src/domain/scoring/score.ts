import { flattenCriteria, type Catalog, type Criterion, type FlatCriterion } from '../catalog/catalog.schema.js';
import { decide, type Reason, type ScoredCriterion } from './decide.js';
import { roundTo } from './rounding.js';

// The scoring engine: plain data in, plain data out. Rules (see README.md here):
// N/A criteria leave numerator and denominator; bonus is capped and never enters
// the denominator; an unmet knock-out criterion fails regardless of points; totals
// are rounded once (half-up, catalog decimals), never per criterion.

export type Conformity = 'conform' | 'observation' | 'improvement' | 'minor' | 'major';

export type CriterionScore = {
  notApplicable?: boolean | undefined;
  points?: number | null | undefined;
  grade?: 1 | 2 | 3 | null | undefined;
  deviationRate?: number | null | undefined;
  maturityLevel?: number | null | undefined;
  conformity?: Conformity | null | undefined;
};

export type ScoringInput = {
  criteria: Record<string, CriterionScore | undefined>;
  /** Sum awarded for bonus projects (Sonderpunkte), before the cap. */
  bonusPoints?: number | undefined;
  developmentGoalsReached?: number | undefined;
};

export type ScoringResult = {
  complete: boolean;
  missingCriteria: string[];
  regularPoints: number;
  maxRegularPoints: number;
  bonusPoints: number;
  totalPoints: number;
  percentage: number | null;
  level: { id: string; title: { de: string; en: string } } | null;
  dimensions: { id: string; perspective: string; level: number; maxLevel: number }[];
  passed: boolean;
  reasons: Reason[];
};

/** A score that cannot be stored or scored; names the criterion so the caller can fix it. */
export class ScoringInputError extends Error {
  constructor(
    message: string,
    readonly criterionId?: string,
  ) {
    super(criterionId ? `Criterion "${criterionId}": ${message}` : message);
    this.name = 'ScoringInputError';
  }
}

const CONFORMITY = new Set<string>(['conform', 'observation', 'improvement', 'minor', 'major']);
const FIELD_FOR_KIND = { points: 'points', graded: 'grade', maturity: 'maturityLevel', conformity: 'conformity' } as const;
const SCORE_FIELDS = ['points', 'grade', 'deviationRate', 'maturityLevel', 'conformity'] as const;

/**
 * Checks one score against its criterion before it is stored. Null values mean
 * "not scored yet" and are fine. Returns a message, or null when the score is valid.
 */
export function validateCriterionScore(criterion: Criterion, score: CriterionScore): string | null {
  const used = new Set<string>([FIELD_FOR_KIND[criterion.kind], ...(criterion.kind === 'graded' ? ['deviationRate'] : [])]);
  const set = SCORE_FIELDS.filter((f) => score[f] !== null && score[f] !== undefined);
  if (score.notApplicable && set.length > 0) return `a criterion marked not applicable carries no ${set.join(', ')}`;
  const foreign = set.find((f) => !used.has(f));
  if (foreign) return `${foreign} is not used by ${criterion.kind} criteria`;
  return valueProblem(criterion, score);
}

function valueProblem(criterion: Criterion, s: CriterionScore): string | null {
  const p = s.points;
  if (p != null && (!Number.isFinite(p) || p < 0)) return `points must be 0 or more, got ${p}`;
  if (p != null && p > (criterion.maxPoints ?? 0)) return `points ${p} exceed the maximum of ${criterion.maxPoints ?? 0}`;
  if (s.grade != null && ![1, 2, 3].includes(s.grade)) return `grade must be 1, 2 or 3, got ${String(s.grade)}`;
  const d = s.deviationRate;
  if (d != null && !(Number.isFinite(d) && d >= 0 && d <= 1)) return `deviationRate must be between 0 and 1, got ${d}`;
  const m = s.maturityLevel;
  const maxLevel = criterion.maxLevel ?? 0;
  if (m != null && !(Number.isInteger(m) && m >= 0 && m <= maxLevel))
    return `maturityLevel must be a whole number from 0 to ${maxLevel}, got ${m}`;
  if (s.conformity != null && !CONFORMITY.has(s.conformity))
    return `conformity must be one of ${[...CONFORMITY].join(', ')}, got ${String(s.conformity)}`;
  return null;
}

/** A score is complete when the criterion's own field is set; measured graded criteria also need their deviation rate. */
function isScored(c: Criterion, s: CriterionScore): boolean {
  if (s[FIELD_FOR_KIND[c.kind]] == null) return false;
  return !(c.kind === 'graded' && c.measured && s.deviationRate == null);
}

// Catalog versions are immutable, so their flattened criteria can be reused across calls.
const flatCache = new WeakMap<Catalog, FlatCriterion[]>();
function criteriaOf(catalog: Catalog): FlatCriterion[] {
  let flat = flatCache.get(catalog);
  if (!flat) flatCache.set(catalog, (flat = flattenCriteria(catalog)));
  return flat;
}

export function scoreAssessment(catalog: Catalog, input: ScoringInput): ScoringResult {
  const criteria = criteriaOf(catalog);
  const scored = readScores(criteria, input);
  const applicable = scored.filter((x) => !x.score.notApplicable);
  const missingCriteria = applicable.filter((x) => !isScored(x.criterion, x.score)).map((x) => x.criterion.id);
  const complete = missingCriteria.length === 0;
  const decimals = catalog.rules.rounding.decimals;

  // Weight scales a criterion's points and its maximum alike; sums stay unrounded until the totals.
  const regularRaw = applicable.reduce((sum, x) => sum + (x.score.points ?? 0) * x.criterion.weight, 0);
  const maxRaw = applicable.reduce((sum, x) => sum + (x.criterion.maxPoints ?? 0) * x.criterion.weight, 0);
  const bonusRaw = cappedBonus(catalog.rules, input);
  const totals = {
    regularPoints: roundTo(regularRaw, decimals),
    maxRegularPoints: roundTo(maxRaw, decimals),
    bonusPoints: roundTo(bonusRaw, decimals),
    totalPoints: roundTo(regularRaw + bonusRaw, decimals),
    percentage: pointsPercentage(catalog, regularRaw, maxRaw),
  };
  const outcome = decide(catalog.rules, { applicable, complete, maxRaw, ...totals });
  const reasons = complete ? outcome.reasons : [{ code: 'incomplete', detail: { missing: missingCriteria.length } }, ...outcome.reasons];
  return {
    complete,
    missingCriteria,
    ...totals,
    level: outcome.level,
    dimensions: outcome.dimensions,
    passed: reasons.length === 0,
    reasons,
  };
}

/** Share of the applicable regular maximum, bonus excluded, so it stays within 0..100; only points schemes have one. */
function pointsPercentage(catalog: Catalog, regularRaw: number, maxRaw: number): number | null {
  const type = catalog.rules.decision.type;
  if ((type !== 'absolute' && type !== 'percentage') || maxRaw <= 0) return null;
  return roundTo((regularRaw / maxRaw) * 100, catalog.rules.rounding.decimals);
}

function readScores(criteria: FlatCriterion[], input: ScoringInput): ScoredCriterion[] {
  const known = new Set(criteria.map((c) => c.id));
  const unknown = Object.keys(input.criteria).find((id) => !known.has(id));
  if (unknown) throw new ScoringInputError('is not part of this catalog', unknown);
  return criteria.map((criterion) => {
    const score = input.criteria[criterion.id] ?? {};
    const problem = validateCriterionScore(criterion, score);
    if (problem) throw new ScoringInputError(problem, criterion.id);
    return { criterion, score };
  });
}

/**
 * Bonus = project points (only if the scheme has a bonus rule) + reached goals ×
 * bonus per goal, capped by the scheme's cap. Without a bonus rule a scheme
 * awards no project bonus at all, so stray project points cannot change a result.
 */
function cappedBonus(rules: Catalog['rules'], input: ScoringInput): number {
  const projects = input.bonusPoints ?? 0;
  const reached = input.developmentGoalsReached ?? 0;
  if (!Number.isFinite(projects) || projects < 0) throw new ScoringInputError(`bonusPoints must be 0 or more, got ${projects}`);
  if (!Number.isInteger(reached) || reached < 0)
    throw new ScoringInputError(`developmentGoalsReached must be a whole number of 0 or more, got ${reached}`);
  const goals = rules.developmentGoals;
  if (goals && reached > goals.count)
    throw new ScoringInputError(`at most ${goals.count} development goals are agreed, got ${reached} reached`);
  const raw = (rules.bonus ? projects : 0) + (goals ? reached * goals.bonusPerGoalReached : 0);
  return rules.bonus ? Math.min(raw, rules.bonus.cap) : raw;
}
