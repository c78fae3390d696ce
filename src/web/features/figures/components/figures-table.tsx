import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRate } from '../../../lib/format';
import { deadlineText } from '../../../lib/service-terms';
import type { PromiseFigures } from '../api/types';
import { FigureCells, FigureHeads } from './figure-cells';

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
            <FigureHeads />
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
              <FigureCells figures={p} hasDeadline={p.hasDeadline} allowed={p.allowedDeviationRate} link={link(p)} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
