import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../api/types';
import { formatPercent, formatRate } from '../../../lib/format';

/** Percent with up to one decimal for axis ticks and the tooltip: "15 %", "4,2 %". */
const axisRate = (percent: number, lang: string) => formatPercent(percent / 100, lang);

/**
 * The deviation rate per period as a line with the allowed rate as a reference line.
 * Loaded on demand (recharts is large); decorative for assistive technology, which gets
 * the summary and the table next to it instead.
 */
export default function TrendChart({ points, allowed }: { points: TrendPoint[]; allowed: number }) {
  const { t, i18n } = useTranslation();
  const data = points.map((p) => ({ label: p.label, rate: p.deviationRate === null ? null : Math.round(p.deviationRate * 1000) / 10 }));
  const highest = Math.max(allowed * 100, ...data.map((d) => d.rate ?? 0));
  const limit = formatRate(allowed, i18n.language);
  return (
    <div aria-hidden="true">
      <LineChart
        h={220}
        data={data}
        dataKey="label"
        series={[{ name: 'rate', label: t('figures.trend.rate'), color: 'blue.8' }]}
        referenceLines={[{ y: allowed * 100, label: t('figures.trend.limit', { limit }), color: 'red.8' }]}
        yAxisProps={{ domain: [0, Math.min(100, Math.ceil(highest / 10) * 10 + 5)] }}
        valueFormatter={(v) => axisRate(v, i18n.language)}
        curveType="linear"
        connectNulls={false}
        strokeWidth={2}
        textColor="gray.8"
      />
    </div>
  );
}
