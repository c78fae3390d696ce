import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format';
import type { AssessmentDetail, CatalogDefinition } from '../../api/types';
import { Field } from '../field';
import { BonusProjectsPanel } from './bonus-projects-panel';
import { CloseMeeting } from './close-meeting';
import { GoalsPanel } from './goals-panel';
import { MeetingForm } from './meeting-form';

/** Step 4: the audit meeting on site, the development goals and the projects for bonus points. */
export function MeetingStep({ assessment: a, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('assessments.meeting.title')}</Title>
      <Text>{t('assessments.meeting.intro')}</Text>
      <Card withBorder component="section" aria-labelledby="meeting-record-heading">
        <Stack>
          <Title order={3} size="h4" id="meeting-record-heading">
            {t('assessments.meeting.recordTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <Field label={t('assessments.meeting.plannedAt')}>{formatDateTime(a.meetingPlannedAt)}</Field>
            <Field label={t('assessments.meeting.location')}>{a.meetingLocation ?? '–'}</Field>
            <Field label={t('assessments.meeting.heldAt')}>{formatDateTime(a.meetingHeldAt)}</Field>
            <Field label={t('assessments.meeting.closedAt')}>
              {a.meetingClosedAt ? formatDateTime(a.meetingClosedAt) : t('assessments.meeting.notClosed')}
            </Field>
          </SimpleGrid>
          {a.meetingAttendance.length > 0 && (
            <Field label={t('assessments.meeting.attendance')}>
              <List size="sm">
                {a.meetingAttendance.map((p, i) => (
                  <List.Item key={i}>
                    {p.name} – {p.role}
                  </List.Item>
                ))}
              </List>
            </Field>
          )}
          {a.meetingSummary && (
            <Field label={t('assessments.meeting.summary')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{a.meetingSummary}</span>
            </Field>
          )}
          {a.permissions.recordMeeting && <MeetingForm assessment={a} catalog={catalog} />}
          {a.permissions.recordMeeting && <CloseMeeting assessment={a} />}
          {a.meetingClosedAt && <Alert color="gray">{t('assessments.meeting.closedNote')}</Alert>}
        </Stack>
      </Card>
      <GoalsPanel assessment={a} catalog={catalog} />
      <BonusProjectsPanel assessment={a} />
    </Stack>
  );
}
