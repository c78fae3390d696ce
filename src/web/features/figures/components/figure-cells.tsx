import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../../lib/format';
import type { BreakdownFigures } from '../api/types';
import { CountLink } from './count-link';
import { RateCell } from './rate-cell';

type Link = { promiseKey: string; promiseTitle: string; from: string; to: string; organizationId?: string | undefined };

/** The column heads of one promise's figures: cases, on time, late, pending, excluded, deviation rate, median and p90. */
export function FigureHeads() {
  const { t } = useTranslation();
  return (
    <>
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
        {t('figures.table.excluded')}
      </Table.Th>
      <Table.Th scope="col">{t('figures.table.deviationRate')}</Table.Th>
      <Table.Th scope="col" ta="right">
        {t('figures.table.median')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('figures.table.p90')}
      </Table.Th>
    </>
  );
}

type Props = { figures: BreakdownFigures; hasDeadline: boolean; allowed: number; link: Link };

/** The cells under FigureHeads; each count opens the cases behind it, on time and late only where there is a deadline. */
export function FigureCells({ figures: f, hasDeadline, allowed, link }: Props) {
  const { i18n } = useTranslation();
  return (
    <>
      <Table.Td ta="right">
        <CountLink count={f.cases} {...link} />
      </Table.Td>
      <Table.Td ta="right">{hasDeadline ? <CountLink count={f.onTime} outcome="on_time" {...link} /> : '–'}</Table.Td>
      <Table.Td ta="right">{hasDeadline ? <CountLink count={f.late} outcome="late" {...link} /> : '–'}</Table.Td>
      <Table.Td ta="right">
        <CountLink count={f.pending} outcome="pending" {...link} />
      </Table.Td>
      <Table.Td ta="right">
        <CountLink count={f.excluded} outcome="excluded" {...link} />
      </Table.Td>
      <Table.Td>
        <RateCell rate={f.deviationRate} allowed={allowed} above={f.aboveAllowed} hasDeadline={hasDeadline} />
      </Table.Td>
      <Table.Td ta="right">{formatDecimal(f.medianWorkingDays, i18n.language)}</Table.Td>
      <Table.Td ta="right">{formatDecimal(f.p90WorkingDays, i18n.language)}</Table.Td>
    </>
  );
}
