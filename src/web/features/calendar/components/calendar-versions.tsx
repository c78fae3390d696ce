import { List, Stack, Table, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/format';
import { regionText } from '../../../lib/service-terms';
import type { ClosureDay, WorkingCalendar } from '../api/types';
import { calendarChanges } from '../calendar-changes';

const dayText = (d: ClosureDay) => `${formatDate(d.date)} (${d.reason})`;

function changeLines(t: TFunction, version: WorkingCalendar, previous: WorkingCalendar | undefined): string[] {
  const c = calendarChanges(version, previous);
  if (c.first) return [t('calendar.changes.first', { region: regionText(t, c.region), count: c.closureDays })];
  const lines: string[] = [];
  if (c.region) lines.push(t('calendar.changes.region', { from: regionText(t, c.region.from), to: regionText(t, c.region.to) }));
  if (c.added.length) lines.push(t('calendar.changes.added', { days: c.added.map(dayText).join(', ') }));
  if (c.removed.length) lines.push(t('calendar.changes.removed', { days: c.removed.map(dayText).join(', ') }));
  for (const r of c.renamed) lines.push(t('calendar.changes.renamed', { date: formatDate(r.date), from: r.from, to: r.to }));
  return lines.length ? lines : [t('calendar.changes.none')];
}

/** Every version with its date and what it changed against the one before. */
export function CalendarVersions({ versions }: { versions: WorkingCalendar[] }) {
  const { t } = useTranslation();
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  return (
    <Stack>
      <Title order={2}>{t('calendar.versionsTitle')}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('calendar.version')}</Table.Th>
              <Table.Th scope="col">{t('calendar.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('calendar.changesTitle')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Th scope="row">{v.version}</Table.Th>
                <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {changeLines(t, v, byNumber.get(v.version - 1)).map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
