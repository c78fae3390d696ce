import type { CaseListParams } from './use-cases';

// Query keys of the cases feature. A changed case also changes the worklist and, by a
// delay notice, the outbox: their prefixes are named here so mutations refresh them.
export const caseKeys = {
  all: ['cases'] as const,
  list: (params: CaseListParams) => ['cases', 'list', params] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  promises: ['cases', 'promises'] as const,
  pilots: ['cases', 'pilots'] as const,
  worklist: ['worklist'] as const,
  outbox: ['outbox'] as const,
};
