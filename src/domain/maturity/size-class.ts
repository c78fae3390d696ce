// Size classes for the anonymous comparison: administrations are compared only with
// others of similar population, and only when enough of them exist that no single
// administration's result can be read off the median (k-anonymity).

export const SIZE_CLASSES = [
  { id: 'under-10k', minPopulation: 0, maxPopulation: 9_999 },
  { id: '10k-50k', minPopulation: 10_000, maxPopulation: 49_999 },
  { id: '50k-100k', minPopulation: 50_000, maxPopulation: 99_999 },
  { id: '100k-plus', minPopulation: 100_000, maxPopulation: null },
] as const;

export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Fewer other administrations than this in a class: no comparison is shown. */
export const MIN_COMPARISON_GROUP = 3;

export function sizeClassOf(population: number | null | undefined): SizeClass | null {
  if (population == null || !Number.isFinite(population) || population < 0) return null;
  return SIZE_CLASSES.find((c) => population >= c.minPopulation && (c.maxPopulation === null || population <= c.maxPopulation)) ?? null;
}
