import { Alert, Card, Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { isCertifierRole, useSession } from '../../../../lib/session';
import type { AssessmentDetail } from '../../api/types';
import { Field } from '../field';
import { AcceptForm } from './accept-form';
import { DeclineForm } from './decline-form';

/** Step 1/2: the application, the contact person and the agreed timeline; the certifier accepts or declines. */
export function ApplicationStep({ assessment: a }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const role = useSession().data?.user.role;
  const canDecide = a.status === 'applied' && isCertifierRole(role);

  return (
    <Stack>
      <Title order={2}>{t('assessments.application.title')}</Title>
      {a.status === 'declined' && (
        <Alert color="red" title={t('assessments.application.declinedTitle')}>
          <Text c="dark.9">{a.declinedReason}</Text>
        </Alert>
      )}
      <Card withBorder>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Field label={t('assessments.application.contact')}>{a.contact.name}</Field>
            <Field label={t('assessments.application.email')}>{a.contact.email}</Field>
            <Field label={t('assessments.application.phone')}>{a.contact.phone ?? '–'}</Field>
            <Field label={t('assessments.application.channel')}>{t(`assessments.application.channels.${a.applicationChannel}`)}</Field>
            <Field label={t('assessments.application.appliedAt')}>{formatDate(a.appliedAt)}</Field>
            <Field label={t('assessments.application.acceptedAt')}>{formatDate(a.acceptedAt)}</Field>
            <Field label={t('assessments.application.documentationDueOn')}>{formatDate(a.documentationDueOn)}</Field>
            <Field label={t('assessments.application.meetingPlannedAt')}>{formatDateTime(a.meetingPlannedAt)}</Field>
            <Field label={t('assessments.application.meetingLocation')}>{a.meetingLocation ?? '–'}</Field>
          </SimpleGrid>
          <Field label={t('assessments.application.message')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{a.applicationMessage}</span>
          </Field>
        </Stack>
      </Card>
      {a.status === 'applied' && !canDecide && <Alert color="blue">{t('assessments.application.waiting')}</Alert>}
      {canDecide && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder h="100%">
              <AcceptForm assessmentId={a.id} />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder h="100%">
              <DeclineForm assessmentId={a.id} />
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
