import '@mantine/charts/styles.css';
import { RadarChart, type RadarChartSeries } from '@mantine/charts';
import { Box, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimal, pickLocale } from '../../../lib/format';
import type { Benchmark, MaturityDimension } from '../api/types';

/**
 * Self-assessment, auditor rating and the anonymous median per dimension as a radar chart.
 * The chart is one image for assistive technology; the table under it carries every value.
 */
export function MaturityRadar({ dimensions, benchmark }: { dimensions: MaturityDimension[]; benchmark: Benchmark | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const median = new Map((benchmark?.available ? benchmark.dimensions : []).map((d) => [d.id, d.median]));
  const withMedian = median.size > 0;
  const max = Math.max(...dimensions.map((d) => d.maxLevel));
  const data = dimensions.map((d) => ({
    dimension: pickLocale(d.title, lang),
    self: d.selfLevel ?? 0,
    auditor: d.auditorLevel ?? 0,
    ...(withMedian && { median: median.get(d.id) ?? 0 }),
  }));
  const series: RadarChartSeries[] = [
    { name: 'self', label: t('maturity.result.series.self'), color: 'blue.7', opacity: 0.15 },
    { name: 'auditor', label: t('maturity.result.series.auditor'), color: 'teal.8', opacity: 0.25 },
    ...(withMedian ? [{ name: 'median', label: t('maturity.result.series.median'), color: 'orange.8', opacity: 0.05 }] : []),
  ];

  return (
    <>
      <Box role="img" aria-label={t('maturity.result.chartLabel')}>
        <RadarChart
          h={380}
          data={data}
          dataKey="dimension"
          series={series}
          withLegend
          withPolarRadiusAxis
          textColor="gray.9"
          polarRadiusAxisProps={{ domain: [0, max], tickCount: max + 1, angle: 90 }}
          legendProps={{ verticalAlign: 'bottom' }}
        />
      </Box>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs" captionSide="top">
          <Table.Caption>{t('maturity.result.tableCaption', { max })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('maturity.self.dimension')}</Table.Th>
              <Table.Th scope="col">{t('maturity.result.series.self')}</Table.Th>
              <Table.Th scope="col">{t('maturity.result.series.auditor')}</Table.Th>
              {withMedian && <Table.Th scope="col">{t('maturity.result.series.median')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dimensions.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row" fw={500}>
                  {pickLocale(d.title, lang)} <span style={{ fontWeight: 400 }}>({t(`maturity.perspective.${d.perspective}`)})</span>
                </Table.Th>
                <Table.Td>{formatDecimal(d.selfLevel, lang)}</Table.Td>
                <Table.Td>{formatDecimal(d.auditorLevel, lang)}</Table.Td>
                {withMedian && <Table.Td>{formatDecimal(median.get(d.id), lang)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
