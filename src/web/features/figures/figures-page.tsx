import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../components/download-button';
import { QueryState } from '../../components/query-state';
import { formatDate, formatRate } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { DistrictFiguresView, FiguresParams, FiguresView } from './api/types';
import { useDistrictFigures } from './api/use-district-figures';
import { useFigures } from './api/use-figures';
import { BreakdownTable } from './components/breakdown-table';
import { FiguresTable } from './components/figures-table';
import { PeriodPicker } from './components/period-picker';
import { TrendSection } from './components/trend-section';
import { exportPath } from './format';
import { usePeriodState } from './use-period-state';

const RAL_LIMIT = 0.15;

/**
 * /kennzahlen: the compliance figures of the caller's administration. District staff see
 * the whole district (with a table per administration) or switch to one member city.
 */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const me = useSession().data;
  const isDistrict = me?.organization.kind === 'district';
  const [state, update] = usePeriodState();
  const params: FiguresParams = {
    from: state.from,
    to: state.to,
    granularity: state.granularity,
    ...(isDistrict && state.organizationId && { organizationId: state.organizationId }),
  };
  const district = useDistrictFigures(params, isDistrict);
  const own = useFigures(params, !isDistrict);

  const body = (view: FiguresView | DistrictFiguresView) => {
    const districtView = 'breakdown' in view ? view : null;
    const selected = districtView?.selectedOrganizationId ? districtView.breakdown[0] : null;
    const name = districtView
      ? selected
        ? selected.name
        : `${view.organization.name} (${t('figures.view.wholeDistrict')})`
      : view.organization.name;
    return (
      <Stack gap="lg">
        <Text size="sm" c="gray.8">
          {t('figures.asOf', { date: formatDate(view.today) })}
        </Text>
        {view.promises.length === 0 ? (
          <Text>{t('figures.table.empty')}</Text>
        ) : (
          <FiguresTable
            promises={view.promises}
            name={name}
            from={view.period.from}
            to={view.period.to}
            organizationId={districtView ? (districtView.selectedOrganizationId ?? undefined) : undefined}
          />
        )}
        {districtView && !districtView.selectedOrganizationId && districtView.promises.length > 0 && (
          <BreakdownTable key={`${view.period.from}-${view.period.to}`} view={districtView} />
        )}
        <TrendSection promises={view.promises} granularity={view.period.granularity} />
      </Stack>
    );
  };

  return (
    <Stack>
      <Title order={1}>{t('figures.title')}</Title>
      <Text>{t('figures.intro', { limit: formatRate(RAL_LIMIT, i18n.language) })}</Text>
      {isDistrict && <Text>{t('figures.districtIntro')}</Text>}
      <Group align="flex-end" gap="md" wrap="wrap">
        <PeriodPicker value={state} onChange={update} />
        {isDistrict && district.data && (
          <NativeSelect
            label={t('figures.view.label')}
            value={state.organizationId}
            onChange={(e) => update({ organizationId: e.currentTarget.value })}
            data={[
              { value: '', label: t('figures.view.wholeDistrict') },
              ...district.data.administrations.map((a) => ({ value: a.id, label: a.name })),
            ]}
            w={280}
          />
        )}
      </Group>
      <Group gap="sm">
        <DownloadButton path={exportPath('xlsx', params, isDistrict)} label={t('figures.download.xlsx')} />
        <DownloadButton path={exportPath('csv', params, isDistrict)} label={t('figures.download.csv')} />
      </Group>
      {isDistrict ? <QueryState query={district}>{body}</QueryState> : <QueryState query={own}>{body}</QueryState>}
    </Stack>
  );
}
