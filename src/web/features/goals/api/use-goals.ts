import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { goalKeys } from './goal-keys';
import type { GoalView } from './types';

export function useGoals(state: 'open' | 'all') {
  return useQuery({ queryKey: goalKeys.list(state), queryFn: () => api<{ items: GoalView[] }>('/goals', { query: { state } }) });
}
