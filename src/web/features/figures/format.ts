import type { TFunction } from 'i18next';
import type { DeadlineUnit, FigureCasesParams, FiguresParams } from './api/types';

const locale = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'de-DE');

/** 0.3 → "30,0 %" (de) / "30.0%" (en); null → "–". */
export function formatRate(rate: number | null | undefined, lang: string): string {
  if (rate === null || rate === undefined) return '–';
  return new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** Working days with at most one decimal (percentiles interpolate). */
export function formatDays(days: number | null | undefined, lang: string): string {
  if (days === null || days === undefined) return '–';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(days);
}

export function deadlineText(t: TFunction, amount: number | null, unit: DeadlineUnit | null): string {
  return amount === null || unit === null ? t('figures.deadline.none') : t(`figures.deadline.${unit}`, { count: amount });
}

/** The query string of the export endpoints for what the page shows. */
export function exportPath(format: 'xlsx' | 'csv', p: FiguresParams, district: boolean): string {
  const q = new URLSearchParams({ from: p.from, to: p.to, granularity: p.granularity, scope: district ? 'district' : 'administration' });
  if (district && p.organizationId) q.set('organizationId', p.organizationId);
  return `/figures/export.${format}?${q.toString()}`;
}

/** The drill-down page's URL (German parameter names, like the other list pages). */
export function casesLink(p: Omit<FigureCasesParams, 'page'>): string {
  const q = new URLSearchParams({ von: p.from, bis: p.to });
  if (p.promiseKey) q.set('versprechen', p.promiseKey);
  if (p.outcome) q.set('ergebnis', p.outcome);
  if (p.organizationId) q.set('verwaltung', p.organizationId);
  return `/kennzahlen/faelle?${q.toString()}`;
}
