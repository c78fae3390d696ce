import { z } from 'zod';
import { roundTo } from '../scoring/rounding.js';

// A catalog is one version of a seal scheme (Prüfbogen), kept as reviewed YAML in
// catalogs/. It is immutable once stored: an assessment copies the version it
// started on, so a later version can never change an earlier result.

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max = 500) => z.strictObject({ de: text(max), en: text(max) });
const stableId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, hyphens)');

export const criterionKinds = ['points', 'graded', 'maturity', 'conformity'] as const;
export type CriterionKind = (typeof criterionKinds)[number];

/**
 * One flat object for every kind, not a union: consumers (server, XLSX, report
 * card) read `maxPoints ?? 0` without narrowing. The fields a kind needs are
 * enforced in the catalog's superRefine below.
 */
export const criterionSchema = z.strictObject({
  id: stableId,
  /** The label the scheme itself uses, e.g. "a" (RAL) or "7.5" (ISO clause). */
  reference: text(20).optional(),
  title: localized(300),
  description: localized(2000).optional(),
  kind: z.enum(criterionKinds),
  /** points: the most a criterion can earn, before weight. */
  maxPoints: z.number().positive().max(1000).optional(),
  /** graded: the service target, e.g. "within 7 working days". */
  target: localized(300).optional(),
  /** graded: whether a deviation rate is measured (cases missing the target); unmeasured criteria are only graded. */
  measured: z.boolean().default(false),
  /** graded: overrides the scheme's maxDeviationRate for this criterion. */
  maxDeviationRate: z.number().min(0).max(1).optional(),
  /** maturity: the dimension this criterion rates and the perspective it belongs to. */
  dimension: stableId.optional(),
  perspective: z.enum(['outside', 'inside']).optional(),
  /** maturity: levels run 0..maxLevel. */
  maxLevel: z.number().int().min(1).max(10).optional(),
  weight: z.number().positive().max(100).default(1),
  knockOut: z.boolean().default(false),
  evidence: z.array(localized(300)).max(30).default([]),
  guidingQuestions: z.array(localized(500)).max(30).default([]),
});
export type Criterion = z.output<typeof criterionSchema>;

type TopicInput = {
  id: string;
  title: { de: string; en: string };
  description?: { de: string; en: string } | undefined;
  topics?: TopicInput[] | undefined;
  criteria?: z.input<typeof criterionSchema>[] | undefined;
};
export type CatalogNode = {
  id: string;
  title: { de: string; en: string };
  description?: { de: string; en: string } | undefined;
  topics?: CatalogNode[] | undefined;
  criteria: Criterion[];
};

/** A topic field (Handlungsfeld); may nest. */
export const topicSchema: z.ZodType<CatalogNode, TopicInput> = z.lazy(() =>
  z.strictObject({
    id: stableId,
    title: localized(200),
    description: localized(2000).optional(),
    topics: z.array(topicSchema).max(50).optional(),
    criteria: z.array(criterionSchema).max(200).default([]),
  }),
);

const maturityLevelSchema = z.strictObject({
  id: stableId,
  title: localized(200),
  description: localized(1000).optional(),
  minLevel: z.number().min(0).max(10),
});

export const decisionSchema = z.discriminatedUnion('type', [
  /** IHK: regular + capped bonus points must reach the pass mark (72). */
  z.strictObject({ type: z.literal('absolute'), passMark: z.number().positive().max(10_000) }),
  /** Similar IHK seals: points must reach passPercent of the applicable regular maximum. */
  z.strictObject({ type: z.literal('percentage'), passPercent: z.number().gt(0).max(100), countBonus: z.boolean().default(true) }),
  /** RAL / GSM: every criterion met, none graded 3, no deviation rate above the limit. */
  z.strictObject({ type: z.literal('all-within-deviation'), maxDeviationRate: z.number().min(0).max(1) }),
  /** DQD: the aggregated maturity decides which level (if any) is reached. */
  z.strictObject({
    type: z.literal('maturity'),
    aggregation: z.enum(['weakest', 'average']),
    levels: z.array(maturityLevelSchema).min(1).max(10),
  }),
  /** ISO 9001: certified while no major nonconformity is open. */
  z.strictObject({ type: z.literal('no-open-major') }),
]);
export type Decision = z.output<typeof decisionSchema>;

/** The criterion kind each decision type scores; a catalog may not mix kinds. */
export const kindForDecision: Record<Decision['type'], CriterionKind> = {
  absolute: 'points',
  percentage: 'points',
  'all-within-deviation': 'graded',
  maturity: 'maturity',
  'no-open-major': 'conformity',
};

export const rulesSchema = z.strictObject({
  /** Declared sum of regular max points (weighted); checked so a typo in one criterion cannot slip through. */
  regularPointsTotal: z.number().positive().max(10_000).optional(),
  bonus: z.strictObject({ cap: z.number().min(0).max(1000) }).optional(),
  developmentGoals: z.strictObject({ count: z.number().int().min(1).max(20), bonusPerGoalReached: z.number().min(0).max(100) }).optional(),
  decision: decisionSchema,
  /**
   * Rounding: points and percentages are rounded half-up to `decimals` places
   * once, at the totals, never per criterion; the decision uses the rounded total,
   * so the report card never shows a total that contradicts the decision.
   */
  rounding: z.strictObject({ decimals: z.number().int().min(0).max(3) }).default({ decimals: 1 }),
  validityMonths: z.number().int().min(1).max(120),
  surveillanceIntervalMonths: z.number().int().min(1).max(60).optional(),
});

const catalogObject = z.strictObject({
  id: stableId,
  version: z
    .string()
    .max(40)
    .regex(/^\d+(\.\d+){1,2}$/, 'expected a version like 2026.1 or 1.0.0'),
  title: localized(200),
  description: localized(4000),
  topics: z.array(topicSchema).min(1).max(50),
  rules: rulesSchema,
});

export const catalogSchema = catalogObject.superRefine((catalog, ctx) => {
  for (const problem of catalogProblems(catalog)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
});
export type Catalog = z.output<typeof catalogSchema>;

export type FlatCriterion = Criterion & { topicId: string; topicTitle: { de: string; en: string }; path: (string | number)[] };

/** Criteria in document order, each with the topic field it sits in (innermost). */
export function flattenCriteria(catalog: Pick<Catalog, 'topics'>): FlatCriterion[] {
  const out: FlatCriterion[] = [];
  const walk = (topics: CatalogNode[], path: (string | number)[]) =>
    topics.forEach((topic, ti) => {
      const here = [...path, ti];
      (topic.criteria ?? []).forEach((c, ci) =>
        out.push({ ...c, topicId: topic.id, topicTitle: topic.title, path: [...here, 'criteria', ci] }),
      );
      walk(topic.topics ?? [], [...here, 'topics']);
    });
  walk(catalog.topics, ['topics']);
  return out;
}

function allTopics(topics: CatalogNode[], path: (string | number)[] = ['topics']): { topic: CatalogNode; path: (string | number)[] }[] {
  return topics.flatMap((topic, i) => [{ topic, path: [...path, i] }, ...allTopics(topic.topics ?? [], [...path, i, 'topics'])]);
}

type Problem = { message: string; path: (string | number)[] };

function catalogProblems(catalog: z.output<typeof catalogObject>): Problem[] {
  const criteria = flattenCriteria(catalog);
  return [
    ...duplicateIds(
      allTopics(catalog.topics).map((t) => ({ id: t.topic.id, path: [...t.path, 'id'] })),
      'topic',
    ),
    ...duplicateIds(
      criteria.map((c) => ({ id: c.id, path: [...c.path, 'id'] })),
      'criterion',
    ),
    ...(criteria.length === 0 ? [{ message: 'a catalog needs at least one criterion', path: ['topics'] }] : []),
    ...criteria.flatMap((c) => criterionProblems(c, kindForDecision[catalog.rules.decision.type])),
    ...ruleProblems(catalog.rules, criteria),
  ];
}

function duplicateIds(items: { id: string; path: (string | number)[] }[], what: string): Problem[] {
  const seen = new Set<string>();
  return items.flatMap(({ id, path }) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [{ message: `duplicate ${what} id "${id}"`, path }];
  });
}

function criterionProblems(c: FlatCriterion, expected: CriterionKind): Problem[] {
  const at = (field: string, message: string): Problem => ({ message, path: [...c.path, field] });
  const problems: Problem[] = [];
  if (c.kind !== expected) problems.push(at('kind', `the scheme's decision scores "${expected}" criteria, not "${c.kind}"`));
  if (c.kind === 'points' && c.maxPoints === undefined) problems.push(at('maxPoints', 'maxPoints is required for points criteria'));
  if (c.kind !== 'points' && c.maxPoints !== undefined) problems.push(at('maxPoints', 'maxPoints is only used by points criteria'));
  if (c.kind === 'graded' && !c.target) problems.push(at('target', 'target is required for graded criteria'));
  if (c.kind !== 'graded' && (c.measured || c.maxDeviationRate !== undefined))
    problems.push(at('kind', 'measured and maxDeviationRate are only used by graded criteria'));
  if (c.kind === 'maturity') {
    if (!c.dimension) problems.push(at('dimension', 'dimension is required for maturity criteria'));
    if (!c.perspective) problems.push(at('perspective', 'perspective is required for maturity criteria'));
    if (c.maxLevel === undefined) problems.push(at('maxLevel', 'maxLevel is required for maturity criteria'));
  }
  return problems;
}

function ruleProblems(rules: Catalog['rules'], criteria: FlatCriterion[]): Problem[] {
  const problems: Problem[] = [];
  const decision = rules.decision;
  const pointsScheme = decision.type === 'absolute' || decision.type === 'percentage';
  const regularTotal = roundTo(
    criteria.reduce((s, c) => s + (c.maxPoints ?? 0) * c.weight, 0),
    3,
  );
  if (rules.regularPointsTotal !== undefined && regularTotal !== rules.regularPointsTotal)
    problems.push({
      message: `criteria add up to ${regularTotal} regular points, but regularPointsTotal declares ${rules.regularPointsTotal}`,
      path: ['rules', 'regularPointsTotal'],
    });
  if (!pointsScheme && (rules.bonus || rules.developmentGoals || rules.regularPointsTotal !== undefined))
    problems.push({
      message: 'bonus, developmentGoals and regularPointsTotal need a points decision (absolute or percentage)',
      path: ['rules'],
    });
  if (decision.type === 'absolute' && decision.passMark > regularTotal + (rules.bonus?.cap ?? 0))
    problems.push({
      message: `passMark ${decision.passMark} cannot be reached (at most ${regularTotal} regular + bonus cap)`,
      path: ['rules', 'decision', 'passMark'],
    });
  if (decision.type === 'maturity') {
    problems.push(
      ...duplicateIds(
        decision.levels.map((l, i) => ({ id: l.id, path: ['rules', 'decision', 'levels', i, 'id'] })),
        'level',
      ),
    );
    problems.push(...maturityLevelProblems(decision.levels, criteria));
  }
  return problems;
}

function maturityLevelProblems(levels: { id: string; minLevel: number }[], criteria: FlatCriterion[]): Problem[] {
  const top = Math.max(0, ...criteria.map((c) => c.maxLevel ?? 0));
  return levels.flatMap((level, i) => {
    const at = ['rules', 'decision', 'levels', i, 'minLevel'];
    const previous = levels[i - 1];
    if (previous && level.minLevel <= previous.minLevel) return [{ message: 'levels must be listed with rising minLevel', path: at }];
    if (level.minLevel > top) return [{ message: `minLevel ${level.minLevel} is above the highest criterion level ${top}`, path: at }];
    return [];
  });
}
