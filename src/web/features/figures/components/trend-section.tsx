import { Card, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Granularity, PromiseFigures } from '../api/types';
import { formatRate } from '../../../lib/format';
import { promiseLabel } from '../../../lib/service-terms';

const TrendChart = lazy(() => import('./trend-chart'));

const UNIT: Record<Granularity, string> = {
  month: 'figures.period.month',
  quarter: 'figures.period.quarter',
  year: 'figures.period.yearly',
};

/** The chart's text alternative: what a sighted reader takes from it, in one sentence. */
function summary(p: PromiseFigures, granularity: Granularity, t: TFunction, lang: string) {
  const decided = p.trend.filter((x) => x.deviationRate !== null);
  if (decided.length === 0) return t('figures.trend.noData');
  const max = decided.reduce((a, b) => (b.deviationRate! > a.deviationRate! ? b : a));
  return t('figures.trend.summary', {
    unit: t(UNIT[granularity]),
    decided: decided.length,
    buckets: p.trend.length,
    max: formatRate(max.deviationRate, lang),
    maxLabel: max.label,
    above: decided.filter((x) => x.deviationRate! > p.allowedDeviationRate).length,
    limit: formatRate(p.allowedDeviationRate, lang),
  });
}

/** Per promise with a deadline: the trend chart with the allowed rate, its summary and its values as a table. */
export function TrendSection({ promises, granularity }: { promises: PromiseFigures[]; granularity: Granularity }) {
  const { t, i18n } = useTranslation();
  const shown = promises.filter((p) => p.hasDeadline);
  if (shown.length === 0) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="trend-heading">
      <Title order={2} id="trend-heading">
        {t('figures.trend.title')}
      </Title>
      {shown.map((p) => (
        <Card withBorder key={p.key} component="article" aria-labelledby={`trend-${p.key}`}>
          <Stack gap="xs">
            <Title order={3} size="h4" id={`trend-${p.key}`}>
              {promiseLabel(p)}
            </Title>
            <Text size="sm">{summary(p, granularity, t, i18n.language)}</Text>
            <Suspense fallback={<Skeleton h={220} aria-hidden="true" />}>
              <TrendChart points={p.trend} allowed={p.allowedDeviationRate} />
            </Suspense>
            <details>
              <summary>{t('figures.trend.tableToggle')}</summary>
              <Table.ScrollContainer minWidth={500}>
                <Table striped captionSide="top" mt="xs">
                  <Table.Caption>{t('figures.trend.caption', { promise: p.title })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('figures.trend.period')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('figures.table.cases')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('figures.table.onTime')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('figures.table.late')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('figures.table.pending')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('figures.table.deviationRate')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.trend.map((x) => (
                      <Table.Tr key={x.label}>
                        <Table.Th scope="row" fw={400}>
                          {x.label}
                        </Table.Th>
                        <Table.Td ta="right">{x.cases}</Table.Td>
                        <Table.Td ta="right">{x.onTime}</Table.Td>
                        <Table.Td ta="right">{x.late}</Table.Td>
                        <Table.Td ta="right">{x.pending}</Table.Td>
                        <Table.Td ta="right">{formatRate(x.deviationRate, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </details>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
