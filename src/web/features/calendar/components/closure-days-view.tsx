import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { regionText } from '../../../lib/service-terms';
import type { WorkingCalendar } from '../api/types';

/** The current calendar for staff who may read but not change it. */
export function ClosureDaysView({ current }: { current: WorkingCalendar }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('calendar.currentTitle', { version: current.version, date: formatDate(current.createdAt) })}</Title>
      <Text>
        <strong>{t('calendar.region')}:</strong> {regionText(t, current.region)}
      </Text>
      <Title order={3} size="h4">
        {t('calendar.closureDays')}
      </Title>
      {current.closureDays.length === 0 ? (
        <Text>{t('calendar.noClosureDays')}</Text>
      ) : (
        <Table striped maw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('calendar.date')}</Table.Th>
              <Table.Th scope="col">{t('calendar.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {current.closureDays.map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>{formatDate(d.date)}</Table.Td>
                <Table.Td>{d.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
