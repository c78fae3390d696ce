// Query keys from one factory, so invalidation after a mutation hits the right caches.
export const queryKeys = {
  me: ['me'] as const,
  assessments: {
    all: ['assessments'] as const,
    list: () => ['assessments', 'list'] as const,
    detail: (id: string) => ['assessments', 'detail', id] as const,
  },
  catalog: (schemeId: string, version: string) => ['catalog', schemeId, version] as const,
  municipalities: ['municipalities'] as const,
  schemeOffers: ['scheme-offers'] as const,
  certificates: {
    all: ['certificates'] as const,
    list: () => ['certificates', 'list'] as const,
    detail: (id: string) => ['certificates', 'detail', id] as const,
  },
  auditEvents: (limit: number) => ['audit-events', limit] as const,
  registry: ['public-registry'] as const,
};
