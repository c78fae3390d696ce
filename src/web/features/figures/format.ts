import type { FigureCasesParams, FiguresParams } from './api/types';

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
