import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';
import { cycleKeys } from './cycle-keys';

export function useCalendarFeed() {
  return useQuery({ queryKey: cycleKeys.calendarFeed, queryFn: () => api<{ url: string | null }>('/me/calendar-feed') });
}

export function useMakeCalendarFeed() {
  return useApiMutation({
    mutationFn: () => api<{ url: string }>('/me/calendar-feed', { method: 'POST' }),
    invalidate: [cycleKeys.calendarFeed],
    successMessage: 'certificateCycle.feed.made',
  });
}

export function useRevokeCalendarFeed() {
  return useApiMutation({
    mutationFn: () => api('/me/calendar-feed', { method: 'DELETE' }),
    invalidate: [cycleKeys.calendarFeed],
    successMessage: 'certificateCycle.feed.revoked',
  });
}
