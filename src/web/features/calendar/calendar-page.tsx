import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useSession } from '../../lib/session';
import { useCalendar } from './api/use-calendar';
import { useHolidayRegions } from './api/use-holiday-regions';
import { CalendarEditor } from './components/calendar-editor';
import { CalendarVersions } from './components/calendar-versions';
import { ClosureDaysView } from './components/closure-days-view';

/** The administration's working calendar: holiday region, closure days, versions. */
export function CalendarPage() {
  const { t } = useTranslation();
  const admin = useSession().data?.user.role === 'municipality_admin';
  const calendar = useCalendar();
  const regions = useHolidayRegions();

  return (
    <Stack>
      <Title order={1}>{t('calendar.title')}</Title>
      <Text>{t('calendar.intro')}</Text>
      <Alert icon={<IconInfoCircle aria-hidden />} color="blue" variant="outline" title={t('calendar.versioningTitle')}>
        <Text c="dark.8">{t('calendar.versioning')}</Text>
      </Alert>
      {!admin && <Text c="gray.8">{t('calendar.readOnly')}</Text>}
      <QueryState query={calendar}>
        {(data) => (
          <Stack gap="xl">
            {admin ? (
              <CalendarEditor key={data.current.id} current={data.current} regions={regions.data?.items ?? []} />
            ) : (
              <ClosureDaysView current={data.current} />
            )}
            <CalendarVersions versions={data.versions} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
