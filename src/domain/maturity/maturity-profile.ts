import { type Catalog, flattenCriteria } from '../catalog/catalog.schema.js';

// A digital maturity result read for people: which dimensions carry the administration
// (strengths), which hold it back (weaknesses), and what is missing for the next level.
// Plain data in, plain data out; the level itself is decided by the scoring engine
// (src/domain/scoring/decide.ts), this module only explains it.

type Localized = { de: string; en: string };
export type MaturityDecision = Extract<Catalog['rules']['decision'], { type: 'maturity' }>;
export type Perspective = 'outside' | 'inside';

export type MaturityDimension = {
  id: string;
  /** The dimension's name: its criterion's title (DQD rates each dimension by one criterion). */
  title: Localized;
  perspective: Perspective;
  maxLevel: number;
  criteria: { id: string; title: Localized; maxLevel: number }[];
};

/** The maturity dimensions of a catalog in document order; empty for every other kind of scheme. */
export function maturityDimensions(catalog: Pick<Catalog, 'topics'>): MaturityDimension[] {
  const byId = new Map<string, MaturityDimension>();
  for (const c of flattenCriteria(catalog)) {
    if (c.kind !== 'maturity') continue;
    const id = c.dimension ?? c.id;
    const criterion = { id: c.id, title: c.title, maxLevel: c.maxLevel ?? 0 };
    const known = byId.get(id);
    if (known) {
      known.criteria.push(criterion);
      known.maxLevel = Math.max(known.maxLevel, criterion.maxLevel);
    } else {
      byId.set(id, { id, title: c.title, perspective: c.perspective ?? 'outside', maxLevel: criterion.maxLevel, criteria: [criterion] });
    }
  }
  return [...byId.values()];
}

export function maturityDecisionOf(catalog: Pick<Catalog, 'rules'>): MaturityDecision | null {
  const d = catalog.rules.decision;
  return d.type === 'maturity' ? d : null;
}

export type NextStep = { dimensionId: string; criterionId: string; title: Localized; currentLevel: number; targetLevel: number };

export type MaturityProfile = {
  /** The level after the one reached (the lowest when none is reached); null at the top. */
  nextLevel: { id: string; title: Localized; minLevel: number } | null;
  /** Dimensions that already meet the next level's threshold (at the top: all but the weakest), strongest first. */
  strengths: string[];
  /** Dimensions below the next level's threshold (at the top: the weakest, if not all are equal), weakest first. */
  weaknesses: string[];
  /** Per weak dimension, the criteria below the next level and the level each must reach. */
  nextSteps: NextStep[];
};

type ProfileInput = {
  dimensions: MaturityDimension[];
  decision: MaturityDecision;
  /** The level the engine decided, by id; null when none was reached. */
  reachedLevelId: string | null;
  /** Each dimension's aggregated level (engine output); dimensions without a level are left out. */
  dimensionLevels: Record<string, number | null | undefined>;
  /** Each criterion's level, for the next steps; null or missing means not rated (or not applicable). */
  criterionLevels: Record<string, number | null | undefined>;
};

export function maturityProfile(input: ProfileInput): MaturityProfile {
  const { decision } = input;
  const rated = input.dimensions
    .map((d, order) => ({ dimension: d, order, level: input.dimensionLevels[d.id] }))
    .filter((x): x is { dimension: MaturityDimension; order: number; level: number } => x.level != null);
  const reachedIndex = decision.levels.findIndex((l) => l.id === input.reachedLevelId);
  const next = decision.levels[reachedIndex + 1] ?? null;
  const nextLevel = next ? { id: next.id, title: next.title, minLevel: next.minLevel } : null;
  const strongestFirst = [...rated].sort((a, b) => b.level - a.level || a.order - b.order);
  const weakestFirst = [...rated].sort((a, b) => a.level - b.level || a.order - b.order);

  if (!next) {
    // At the top level every dimension meets the threshold; name the weakest so the profile still shows where to keep working.
    const min = Math.min(...rated.map((x) => x.level));
    const max = Math.max(...rated.map((x) => x.level));
    const weakest = min < max ? weakestFirst.filter((x) => x.level === min) : [];
    const weak = new Set(weakest.map((x) => x.dimension.id));
    return {
      nextLevel,
      strengths: strongestFirst.filter((x) => !weak.has(x.dimension.id)).map((x) => x.dimension.id),
      weaknesses: [...weak],
      nextSteps: [],
    };
  }

  const below = weakestFirst.filter((x) => x.level < next.minLevel);
  const target = Math.ceil(next.minLevel);
  // Under either aggregation a dimension below the threshold has a rated criterion below it;
  // unrated (not applicable) criteria count for nothing and get no step.
  const nextSteps = below.flatMap(({ dimension }) =>
    dimension.criteria.flatMap((c) => {
      const current = input.criterionLevels[c.id];
      if (current == null || current >= target) return [];
      return [
        { dimensionId: dimension.id, criterionId: c.id, title: c.title, currentLevel: current, targetLevel: Math.min(target, c.maxLevel) },
      ];
    }),
  );
  return {
    nextLevel,
    strengths: strongestFirst.filter((x) => x.level >= next.minLevel).map((x) => x.dimension.id),
    weaknesses: below.map((x) => x.dimension.id),
    nextSteps,
  };
}
