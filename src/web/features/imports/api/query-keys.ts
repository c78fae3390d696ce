// Query keys of the imports feature; an import creates cases, so the case lists are named too.
export const importKeys = {
  all: ['imports'] as const,
  list: ['imports', 'list'] as const,
  detail: (id: string) => ['imports', 'detail', id] as const,
  promises: ['imports', 'promises'] as const,
  cases: ['cases'] as const,
  worklist: ['worklist'] as const,
};
