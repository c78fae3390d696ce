import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api-client';

type Config<TVars, TResult> = {
  mutationFn: (vars: TVars) => Promise<TResult>;
  /** Query keys (prefixes) to refetch after success. */
  invalidate?: QueryKey[];
  /** i18n key of the success notification; none when omitted. */
  successMessage?: string;
  onSuccess?: (result: TResult, vars: TVars) => void;
};

/** A mutation that refreshes the affected queries and tells the user how it went. */
export function useApiMutation<TVars, TResult = unknown>(config: Config<TVars, TResult>) {
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation<TResult, Error, TVars>({
    mutationFn: config.mutationFn,
    onSuccess: async (result, vars) => {
      await Promise.all((config.invalidate ?? []).map((queryKey) => client.invalidateQueries({ queryKey })));
      if (config.successMessage)
        notifications.show({
          color: 'green',
          title: t('common.success'),
          message: t(config.successMessage),
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      config.onSuccess?.(result, vars);
    },
    onError: (err) => {
      notifications.show({
        color: 'red',
        title: t('common.error'),
        message: errorMessage(err, t),
        closeButtonProps: { 'aria-label': t('common.close') },
        autoClose: 8000,
      });
    },
  });
}

export function errorMessage(err: unknown, t: (key: string) => string): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('errors.network');
    if (err.status === 429) return t('errors.rateLimited');
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
