import type { CatalogCriterion, CatalogDefinition, CatalogTopic } from '../api/types';

export type TopicGroup = { topic: CatalogTopic; criteria: { criterion: CatalogCriterion; subtopic: CatalogTopic | null }[] };

/** Top-level topic fields with all their criteria (nested topics folded in, in catalog order). */
export function topicGroups(def: CatalogDefinition): TopicGroup[] {
  const collect = (topic: CatalogTopic, sub: CatalogTopic | null): TopicGroup['criteria'] => [
    ...(topic.criteria ?? []).map((criterion) => ({ criterion, subtopic: sub })),
    ...(topic.topics ?? []).flatMap((child) => collect(child, child)),
  ];
  return def.topics.map((topic) => ({ topic, criteria: collect(topic, null) }));
}

export type ScoreKind = 'points' | 'graded' | 'maturity' | 'conformity';

/** Which input fits a criterion's kind (see criterionKinds in src/domain/catalog); unknown kinds are scored in points. */
export function scoreKind(criterion: CatalogCriterion): ScoreKind {
  const kind = criterion.kind;
  return kind === 'graded' || kind === 'maturity' || kind === 'conformity' ? kind : 'points';
}

/** Maturity levels run 0..maxLevel. */
export function maxMaturityLevel(criterion: CatalogCriterion): number {
  return typeof criterion.maxLevel === 'number' ? criterion.maxLevel : 10;
}

/** "a – Title" when the scheme labels its criteria (RAL letters, ISO clauses). */
export function criterionLabel(criterion: CatalogCriterion, title: string): string {
  return criterion.reference ? `${criterion.reference} – ${title}` : title;
}
