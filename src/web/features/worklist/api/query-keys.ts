// Query keys of the worklist. Completing a callback changes a case, so the cases
// feature's prefix is refreshed too (features share no code, only cache prefixes).
export const worklistKeys = {
  all: ['worklist'] as const,
  contact: (caseId: string) => ['worklist', 'contact', caseId] as const,
  cases: ['cases'] as const,
};
