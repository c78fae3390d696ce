import type { ServicePromise } from './api/types';

/** The fields a reader compares between two versions of a promise. */
export const COMPARED_FIELDS = [
  'number',
  'title',
  'description',
  'area',
  'role',
  'startEvent',
  'stopEvent',
  'deadline',
  'warningFraction',
  'allowedDeviationRate',
  'leikaKey',
  'criterionRefs',
  'published',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

const valueOf = (p: ServicePromise, field: ComparedField): unknown => {
  if (field === 'deadline') return [p.amount, p.unit];
  if (field === 'criterionRefs') return p.criterionRefs.map((r) => `${r.schemeId}/${r.criterionId}`).sort();
  return p[field];
};

/** Which fields a version changed against the one before it. */
export function changedFields(version: ServicePromise, previous: ServicePromise): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => JSON.stringify(valueOf(version, f)) !== JSON.stringify(valueOf(previous, f)));
}
