import type { Catalog, FlatCriterion } from '../catalog/catalog.schema.js';
import type { CriterionScore, ScoringResult } from './score.js';
import { ceilTo, roundTo } from './rounding.js';

// The pass/fail decision per scheme type. Each function returns the reasons an
// assessment fails; an empty list means it passes (once it is complete).

export type Reason = { code: string; criterionId?: string; detail?: Record<string, number | string> };
export type ScoredCriterion = { criterion: FlatCriterion; score: CriterionScore };
type Rules = Catalog['rules'];
type Facts = {
  applicable: ScoredCriterion[];
  complete: boolean;
  maxRaw: number;
  regularPoints: number;
  totalPoints: number;
};
type Outcome = Pick<ScoringResult, 'level' | 'dimensions'> & { reasons: Reason[] };

export function decide(rules: Rules, facts: Facts): Outcome {
  const knockOuts = knockOutReasons(facts.applicable);
  const none = { level: null, dimensions: [] };
  const d = rules.decision;
  const decimals = rules.rounding.decimals;
  switch (d.type) {
    case 'absolute':
      return { ...none, reasons: [...knockOuts, ...absolute(d.passMark, facts)] };
    case 'percentage':
      return { ...none, reasons: [...knockOuts, ...percentage(d.passPercent, d.countBonus, decimals, facts)] };
    case 'all-within-deviation':
      return { ...none, reasons: [...knockOuts, ...withinDeviation(d.maxDeviationRate, facts.applicable)] };
    case 'no-open-major':
      return { ...none, reasons: [...knockOuts, ...openMajors(facts.applicable)] };
    case 'maturity': {
      const m = maturity(d, decimals, facts);
      return { ...m, reasons: [...knockOuts, ...m.reasons] };
    }
  }
}

/** An unmet knock-out criterion fails the assessment, whatever the points say. */
function isNotMet(x: ScoredCriterion): boolean {
  const s = x.score;
  switch (x.criterion.kind) {
    case 'points':
      return s.points === 0;
    case 'graded':
      return s.grade === 3;
    case 'maturity':
      return s.maturityLevel === 0;
    case 'conformity':
      return s.conformity === 'major';
  }
}

function knockOutReasons(applicable: ScoredCriterion[]): Reason[] {
  return applicable
    .filter((x) => x.criterion.knockOut && isNotMet(x))
    .map((x) => ({ code: 'knock-out-not-met', criterionId: x.criterion.id }));
}

// Threshold reasons wait for a complete assessment: a partial sum says nothing yet.
function absolute(passMark: number, f: Facts): Reason[] {
  if (!f.complete || f.totalPoints >= passMark) return [];
  return [{ code: 'below-pass-mark', detail: { totalPoints: f.totalPoints, passMark } }];
}

/**
 * Pass mark as a share of the applicable regular maximum (bonus never enters the
 * denominator). The required points are rounded up to the display precision:
 * a rounded total meets the exact share exactly when it meets that figure.
 */
function percentage(passPercent: number, countBonus: boolean, decimals: number, f: Facts): Reason[] {
  if (!f.complete) return [];
  if (f.maxRaw <= 0) return [{ code: 'no-applicable-criteria' }];
  const required = ceilTo((passPercent / 100) * f.maxRaw, decimals);
  const points = countBonus ? f.totalPoints : f.regularPoints;
  return points >= required ? [] : [{ code: 'below-pass-percent', detail: { points, required, passPercent } }];
}

/** RAL / GSM: grade 3 fails; so does a measured deviation rate above the limit, whatever the grade. */
function withinDeviation(schemeLimit: number, applicable: ScoredCriterion[]): Reason[] {
  return applicable.flatMap(({ criterion: c, score: s }) => {
    const reasons: Reason[] = [];
    if (s.grade === 3 && !c.knockOut) reasons.push({ code: 'criterion-not-met', criterionId: c.id });
    const limit = c.maxDeviationRate ?? schemeLimit;
    if (s.deviationRate != null && s.deviationRate > limit)
      reasons.push({
        code: 'deviation-rate-exceeded',
        criterionId: c.id,
        detail: { deviationRate: s.deviationRate, maxDeviationRate: limit },
      });
    return reasons;
  });
}

/** ISO 9001: a major nonconformity blocks the certificate until it is closed (re-scored). */
function openMajors(applicable: ScoredCriterion[]): Reason[] {
  return applicable
    .filter((x) => x.score.conformity === 'major' && !x.criterion.knockOut)
    .map((x) => ({ code: 'open-major', criterionId: x.criterion.id }));
}

type MaturityDecision = Extract<Rules['decision'], { type: 'maturity' }>;

/**
 * A dimension's level aggregates its criteria, the overall value aggregates the
 * dimensions, both with the scheme's rule (weakest = minimum, average = weighted
 * mean). The level reached is the highest whose minLevel the overall value meets.
 */
function maturity(d: MaturityDecision, decimals: number, f: Facts): Pick<Outcome, 'level' | 'dimensions' | 'reasons'> {
  const groups = new Map<string, ScoredCriterion[]>();
  for (const x of f.applicable) {
    if (x.score.maturityLevel == null) continue;
    const key = x.criterion.dimension ?? x.criterion.id;
    groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  const raw = [...groups.entries()].map(([id, xs]) => ({
    id,
    perspective: xs[0]?.criterion.perspective ?? 'outside',
    value: aggregate(
      d.aggregation,
      xs.map((x) => ({ value: x.score.maturityLevel ?? 0, weight: x.criterion.weight })),
    ),
    maxLevel: Math.max(...xs.map((x) => x.criterion.maxLevel ?? 0)),
  }));
  const dimensions = raw.map((r) => ({ id: r.id, perspective: r.perspective, level: roundTo(r.value, decimals), maxLevel: r.maxLevel }));
  if (!f.complete) return { level: null, dimensions, reasons: [] };
  if (raw.length === 0) return { level: null, dimensions, reasons: [{ code: 'no-applicable-criteria' }] };
  const overall = roundTo(
    aggregate(
      d.aggregation,
      raw.map((r) => ({ value: r.value, weight: 1 })),
    ),
    decimals,
  );
  const reached = d.levels.filter((l) => overall >= l.minLevel).at(-1);
  if (!reached)
    return {
      level: null,
      dimensions,
      reasons: [{ code: 'below-lowest-level', detail: { maturity: overall, required: d.levels[0]?.minLevel ?? 0 } }],
    };
  return { level: { id: reached.id, title: reached.title }, dimensions, reasons: [] };
}

function aggregate(rule: 'weakest' | 'average', xs: { value: number; weight: number }[]): number {
  if (rule === 'weakest') return Math.min(...xs.map((x) => x.value));
  const weight = xs.reduce((s, x) => s + x.weight, 0);
  return xs.reduce((s, x) => s + x.value * x.weight, 0) / weight;
}
