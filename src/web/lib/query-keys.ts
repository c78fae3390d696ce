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
    detail: (id: string) => ['certificates', 'detail', id] as const,
  },
  auditEvents: (limit: number) => ['audit-events', limit] as const,
  registry: ['public-registry'] as const,
  // under the assessment's detail key: whatever refreshes the assessment refreshes these too
  maturity: {
    all: (assessmentId: string) => ['assessments', 'detail', assessmentId, 'maturity'] as const,
    view: (assessmentId: string) => ['assessments', 'detail', assessmentId, 'maturity', 'view'] as const,
    benchmark: (assessmentId: string) => ['assessments', 'detail', assessmentId, 'maturity', 'benchmark'] as const,
    onlineServices: (assessmentId: string) => ['assessments', 'detail', assessmentId, 'maturity', 'online-services'] as const,
  },
  complaints: {
    all: ['complaints'] as const,
    list: (filter: object) => ['complaints', 'list', filter] as const,
    detail: (id: string) => ['complaints', 'detail', id] as const,
    options: ['complaints', 'options'] as const,
    stats: (from: string, to: string) => ['complaints', 'stats', from, to] as const,
    formInfo: (organizationId: string) => ['complaints', 'form-info', organizationId] as const,
  },
  formToken: ['public-form-token'] as const,
};
