import type { TFunction } from 'i18next';

// Terms of the service promises shared by several features (promises, pilots, calendar,
// deadline calculator, public service page); their words live in i18n "serviceTerms".

export const DEADLINE_UNITS = ['working_days', 'days', 'weeks', 'months'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export const PROMISE_AREAS = ['business_development', 'trade_registration', 'building_control'] as const;
export type PromiseArea = (typeof PROMISE_AREAS)[number];

/** "1 Arbeitstag", "8 Wochen", or "ohne Frist" for a promise without a deadline. */
export function deadlineText(t: TFunction, amount: number | null, unit: DeadlineUnit | null): string {
  if (amount === null || unit === null) return t('serviceTerms.noDeadline');
  return t(`serviceTerms.amounts.${unit}`, { count: amount });
}

/** "3. Gewerbe anmelden" for a numbered promise, its title alone otherwise. */
export function promiseLabel(promise: { number?: number | null; title: string }): string {
  return promise.number ? `${promise.number}. ${promise.title}` : promise.title;
}

export function areaText(t: TFunction, area: PromiseArea): string {
  return t(`serviceTerms.areas.${area}`);
}

/** The German name of a holiday region code (DE-NW, DE-BY-KATH …); an unknown code shows as it is. */
export function regionText(t: TFunction, code: string): string {
  return t(`serviceTerms.regions.${code}`, { defaultValue: code });
}

/** The region codes sorted by their names, so a Land's parts follow the Land. */
export function sortedRegions(t: TFunction, codes: string[], locale: string): { value: string; label: string }[] {
  return codes.map((code) => ({ value: code, label: regionText(t, code) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The name of a Land from its two-letter code (NW → Nordrhein-Westfalen). */
export function stateText(t: TFunction, code: string): string {
  return t(`serviceTerms.states.${code}`, { defaultValue: code });
}
