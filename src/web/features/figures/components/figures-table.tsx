import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { PromiseFigures } from '../api/types';
import { deadlineText, formatDays, formatRate } from '../format';
import { CountLink } from './count-link';
import { RateCell } from './rate-cell';

type Props = { promises: PromiseFigures[]; name: string; from: string; to: string; organizationId?: string | undefined };

/** One row per promise: cases, on time, late, pending, excluded, deviation rate, median and p90. */
export function FiguresTable({ promises, name, from, to, organizationId }: Props) {
  const { t, i18n } = useTranslation();
  const link = (p: PromiseFigures) => ({ promiseKey: p.key, promiseTitle: p.title, from, to, organizationId });
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('figures.table.caption', { name, from: formatDate(from), to: formatDate(to) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('figures.table.number')}</Table.Th>
            <Table.Th scope="col">{t('figures.table.promise')}</Table.Th>
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
          {promises.map((p) => (
            <Table.Tr key={p.key}>
              <Table.Td>{p.number ?? '–'}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600}>
                  {p.title}
                </Text>
                <Text size="xs" c="gray.8">
                  {p.hasDeadline
                    ? `${deadlineText(t, p.amount, p.unit)} · ${t('figures.table.allowed', { limit: formatRate(p.allowedDeviationRate, i18n.language) })}`
                    : t('figures.table.noDeadline')}
                </Text>
              </Table.Th>
              <Table.Td ta="right">
                <CountLink count={p.cases} {...link(p)} />
              </Table.Td>
              <Table.Td ta="right">{p.hasDeadline ? <CountLink count={p.onTime} outcome="on_time" {...link(p)} /> : '–'}</Table.Td>
              <Table.Td ta="right">{p.hasDeadline ? <CountLink count={p.late} outcome="late" {...link(p)} /> : '–'}</Table.Td>
              <Table.Td ta="right">
                <CountLink count={p.pending} outcome="pending" {...link(p)} />
              </Table.Td>
              <Table.Td ta="right">
                <CountLink count={p.excluded} outcome="excluded" {...link(p)} />
              </Table.Td>
              <Table.Td>
                <RateCell rate={p.deviationRate} allowed={p.allowedDeviationRate} above={p.aboveAllowed} hasDeadline={p.hasDeadline} />
              </Table.Td>
              <Table.Td ta="right">{formatDays(p.medianWorkingDays, i18n.language)}</Table.Td>
              <Table.Td ta="right">{formatDays(p.p90WorkingDays, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
