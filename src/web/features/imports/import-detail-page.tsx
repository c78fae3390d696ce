import { Alert, Anchor, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { formatDateTime, formatNumber } from '../../lib/format';
import { type ImportDetail, isUnfinished } from './api/types';
import { useImport } from './api/use-import';
import { ImportStatusBadge } from './components/import-status-badge';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}

function ImportView({ data }: { data: ImportDetail }) {
  const { t, i18n } = useTranslation();
  const n = (v: number | null) => formatNumber(v, i18n.language);
  const percent = data.totalRows
    ? Math.min(100, Math.round((data.processedRows / data.totalRows) * 100))
    : data.status === 'done'
      ? 100
      : 0;
  const progressText =
    data.totalRows === null
      ? t(data.status === 'queued' ? 'imports.detail.waiting' : 'imports.detail.counting')
      : t('imports.progressOf', { done: n(data.processedRows), total: n(data.totalRows) });
  return (
    <Stack>
      <Group gap="sm">
        <ImportStatusBadge status={data.status} />
        <Text size="sm" c="gray.8">
          {t(`imports.format.${data.format}`)} ·{' '}
          {t('imports.detail.uploadedBy', { name: data.createdByName, at: formatDateTime(data.createdAt) })}
          {data.promiseTitle ? ` · ${t('imports.detail.defaultPromise', { title: data.promiseTitle })}` : ''}
        </Text>
      </Group>
      <Stack gap={4}>
        <Progress.Root size="xl">
          <Progress.Section
            value={percent}
            color={data.status === 'failed' ? 'red' : 'blue'}
            aria-label={t('imports.detail.progressLabel')}
            aria-valuetext={progressText}
            animated={data.status === 'running'}
          />
        </Progress.Root>
        <Text size="sm" role="status" aria-live="polite">
          {progressText}
          {data.status === 'done' ? ` – ${t('imports.detail.finished', { at: formatDateTime(data.finishedAt) })}` : ''}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Figure label={t('imports.counts.created')} value={n(data.createdCount)} />
        <Figure label={t('imports.counts.duplicatesLong')} value={n(data.duplicateCount)} />
        <Figure label={t('imports.counts.errors')} value={n(data.errorCount)} />
      </SimpleGrid>
      {data.failureMessage && (
        <Alert color="red" title={t('imports.detail.failedTitle')} role="alert">
          <Text size="sm" c="dark.9">
            {data.failureMessage}
          </Text>
          <Text size="sm" c="dark.9" mt="xs">
            {t('imports.detail.failedHint')}
          </Text>
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="import-errors-heading">
        <Title order={2} size="h3" id="import-errors-heading">
          {t('imports.detail.errorsTitle')}
        </Title>
        {data.errors.length === 0 ? (
          <Text c="gray.8">{isUnfinished(data.status) ? t('imports.detail.noErrorsYet') : t('imports.detail.noErrors')}</Text>
        ) : (
          <>
            <Text size="sm">{t('imports.detail.errorsHint')}</Text>
            <List size="sm" spacing={2}>
              {data.errors.map((e) => (
                <List.Item key={`${e.line}-${e.message}`}>{e.message}</List.Item>
              ))}
            </List>
            {data.moreErrors > 0 && (
              <Text size="sm">{t('imports.detail.moreErrors', { count: data.moreErrors, formatted: n(data.moreErrors) })}</Text>
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}

/** /import/:id: progress (polled while the import waits or runs) and the row errors. */
export function ImportDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useImport(id);
  return (
    <Stack>
      <Anchor component={Link} to="/import" size="sm">
        {t('imports.detail.back')}
      </Anchor>
      <Title order={1}>{query.data ? t('imports.detail.title', { file: query.data.fileName }) : t('imports.title')}</Title>
      <QueryState query={query}>{(data) => <ImportView data={data} />}</QueryState>
    </Stack>
  );
}
