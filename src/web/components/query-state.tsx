import { Alert, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/use-api-mutation';

/** Loading and error states for one query; renders children with the data once it is there. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="lg" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden />
        <span style={{ marginLeft: 8 }}>{t('common.loading')}</span>
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={t('common.loadError')} role="alert">
        {errorMessage(query.error, t)}
      </Alert>
    );
  }
  return <>{children(query.data as T)}</>;
}
