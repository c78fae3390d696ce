import type { FigureCasesParams, FiguresParams } from './types';

// Query keys of the figures feature. Figures are read-only here; every key starts with
// 'figures', so one prefix refreshes them all.
export const figureKeys = {
  all: ['figures'] as const,
  administration: (params: FiguresParams) => ['figures', 'administration', params] as const,
  district: (params: FiguresParams) => ['figures', 'district', params] as const,
  cases: (params: FigureCasesParams) => ['figures', 'cases', params] as const,
};
