export const goalKeys = {
  all: ['goals'] as const,
  list: (state: 'open' | 'all') => ['goals', 'list', state] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
};
