import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useApiMutation } from '../../../lib/use-api-mutation';

const key = ['certificates', 'reminder-settings'] as const;

export function useReminderSettings() {
  return useQuery({ queryKey: key, queryFn: () => api<{ leadWorkingDays: number }>('/certificates/reminder-settings') });
}

export function useUpdateReminderSettings() {
  return useApiMutation({
    mutationFn: (body: { leadWorkingDays: number }) =>
      api<{ leadWorkingDays: number }>('/certificates/reminder-settings', { method: 'PUT', body }),
    invalidate: [key],
    successMessage: 'certificateCycle.reminders.saved',
  });
}
