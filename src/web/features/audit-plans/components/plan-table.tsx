import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickLocale } from '../../../lib/format';
import type { PlanSlot } from '../api/types';
import { byDay, dayHeading, timeOf } from '../plan-format';

type Props = { slots: PlanSlot[]; editable: boolean; onEdit: (slot: PlanSlot) => void; onDelete: (slot: PlanSlot) => void };

/** The plan as a table per day: time, stage, department, site, process, auditor, interviewees, criteria. */
export function PlanTable({ slots, editable, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="lg">
      {byDay(slots).map(({ day, slots: ofDay }) => {
        const headingId = `audit-plan-day-${day}`;
        return (
          <Stack key={day} component="section" gap="xs" aria-labelledby={headingId}>
            <Title order={3} size="h4" id={headingId}>
              {dayHeading(day, i18n.language)}
            </Title>
            <Table.ScrollContainer minWidth={1000}>
              <Table striped verticalSpacing="xs" aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('auditPlans.field.time')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.stage')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.department')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.site')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.process')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.auditor')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.interviewees')}</Table.Th>
                    <Table.Th scope="col">{t('auditPlans.field.criteria')}</Table.Th>
                    {editable && <Table.Th scope="col">{t('auditPlans.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ofDay.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {timeOf(s.startsAt)}–{timeOf(s.endsAt)}
                      </Table.Td>
                      <Table.Td>{s.stage ? t(`auditPlans.stage.${s.stage}`) : '–'}</Table.Td>
                      <Table.Td>{s.department}</Table.Td>
                      <Table.Td>{s.site || '–'}</Table.Td>
                      <Table.Td>
                        {s.process || '–'}
                        {s.note && (
                          <Text size="sm" c="gray.8">
                            {t('auditPlans.field.note')}: {s.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{s.auditorName}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-line' }}>{s.interviewees || '–'}</Table.Td>
                      <Table.Td>
                        {s.criteria.length === 0
                          ? '–'
                          : s.criteria.map((c) => (
                              <Text key={c.id} size="sm">
                                {c.reference ? `${c.reference} ` : ''}
                                {pickLocale(c.title, i18n.language)}
                              </Text>
                            ))}
                      </Table.Td>
                      {editable && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => onEdit(s)}
                              aria-label={t('auditPlans.editSlot', {
                                time: `${timeOf(s.startsAt)}–${timeOf(s.endsAt)}`,
                                department: s.department,
                              })}
                            >
                              {t('auditPlans.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="default"
                              color="red"
                              onClick={() => onDelete(s)}
                              aria-label={t('auditPlans.deleteSlot', {
                                time: `${timeOf(s.startsAt)}–${timeOf(s.endsAt)}`,
                                department: s.department,
                              })}
                            >
                              {t('auditPlans.delete')}
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}
