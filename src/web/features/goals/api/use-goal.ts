import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { goalKeys } from './goal-keys';
import type { GoalDetail } from './types';

export function useGoal(id: string) {
  return useQuery({ queryKey: goalKeys.detail(id), queryFn: () => api<GoalDetail>(`/goals/${id}`) });
}
