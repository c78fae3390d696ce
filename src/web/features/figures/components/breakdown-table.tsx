import { NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistrictFiguresView } from '../api/types';
import { formatDays } from '../format';
import { CountLink } from './count-link';
import { RateCell } from './rate-cell';

/** District view: one promise at a time, a row per administration of the district. */
export function BreakdownTable({ view }: { view: DistrictFiguresView }) {
  const { t, i18n } = useTranslation();
  const withDeadline = view.promises.filter((p) => p.hasDeadline);
  const [key, setKey] = useState(() => (withDeadline[0] ?? view.promises[0])?.key ?? '');
  const promise = view.promises.find((p) => p.key === key) ?? view.promises[0];
  if (!promise) return null;
  const { from, to } = view.period;
  return (
    <Stack gap="sm" component="section" aria-labelledby="breakdown-heading">
      <Title order={2} id="breakdown-heading">
        {t('figures.breakdown.title')}
      </Title>
      <NativeSelect
        label={t('figures.breakdown.promise')}
        value={promise.key}
        onChange={(e) => setKey(e.currentTarget.value)}
        data={view.promises.map((p) => ({ value: p.key, label: p.number ? `${p.number}. ${p.title}` : p.title }))}
        maw={480}
      />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover captionSide="top">
          <Table.Caption>{t('figures.breakdown.caption', { promise: promise.title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('figures.breakdown.administration')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.cases')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.onTime')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.late')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.pending')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.excluded')}</Table.Th>
              <Table.Th scope="col">{t('figures.table.deviationRate')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.median')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('figures.table.p90')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.breakdown.map((a) => {
              const f = a.promises.find((x) => x.key === promise.key);
              if (!f) return null;
              const link = { promiseKey: promise.key, promiseTitle: `${promise.title} (${a.name})`, from, to, organizationId: a.id };
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={400}>
                    {a.name}
                  </Table.Th>
                  <Table.Td ta="right">
                    <CountLink count={f.cases} {...link} />
                  </Table.Td>
                  <Table.Td ta="right">{promise.hasDeadline ? <CountLink count={f.onTime} outcome="on_time" {...link} /> : '–'}</Table.Td>
                  <Table.Td ta="right">{promise.hasDeadline ? <CountLink count={f.late} outcome="late" {...link} /> : '–'}</Table.Td>
                  <Table.Td ta="right">
                    <CountLink count={f.pending} outcome="pending" {...link} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <CountLink count={f.excluded} outcome="excluded" {...link} />
                  </Table.Td>
                  <Table.Td>
                    <RateCell rate={f.deviationRate} allowed={promise.allowedDeviationRate} above={f.aboveAllowed} hasDeadline={promise.hasDeadline} />
                  </Table.Td>
                  <Table.Td ta="right">{formatDays(f.medianWorkingDays, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{formatDays(f.p90WorkingDays, i18n.language)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
