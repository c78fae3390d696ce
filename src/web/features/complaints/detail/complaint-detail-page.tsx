import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import type { ComplaintDetail } from '../api/types';
import { useComplaint } from '../api/use-complaint';
import { ComplaintStatusBadge, OverdueBadge } from '../components/complaint-status-badge';
import { EraseSection } from './erase-section';
import { NextStep } from './next-step';
import { StepTimeline } from './step-timeline';

export function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const complaint = useComplaint(id);
  return (
    <Stack>
      <Anchor component={Link} to="/beschwerden" size="sm">
        {t('complaints.detail.back')}
      </Anchor>
      {complaint.isError && <Title order={1}>{t('complaints.detail.title')}</Title>}
      <QueryState query={complaint}>{(c) => <Detail complaint={c} />}</QueryState>
    </Stack>
  );
}

function Detail({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const me = useSession().data;
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('complaints.detail.heading', { type: t(`complaints.type.${c.type}`), number: c.number })}</Title>
        <Group gap="md">
          <ComplaintStatusBadge status={c.status} />
          {c.acknowledgementOverdue && <OverdueBadge />}
          <Text c="gray.8">
            {t('complaints.detail.meta', { date: formatDateTime(c.receivedAt), channel: t(`complaints.channel.${c.channel}`) })}
          </Text>
        </Group>
      </Stack>
      {c.personalDataErased && (
        <Alert color="gray" variant="outline" title={t('complaints.erase.doneTitle')}>
          <Text c="dark.9">{t('complaints.erase.done', { date: formatDate(c.personalDataErasedAt) })}</Text>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Facts complaint={c} />
        <Paper withBorder p="md" component="section" aria-labelledby="complaint-steps-heading">
          <Title order={2} size="h3" id="complaint-steps-heading" mb="sm">
            {t('complaints.detail.steps')}
          </Title>
          <StepTimeline complaint={c} />
        </Paper>
      </SimpleGrid>
      <NextStep complaint={c} />
      {me?.user.role === 'municipality_admin' && !c.personalDataErased && <EraseSection complaint={c} />}
    </Stack>
  );
}

function Facts({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const none = '–';
  const rows: [string, string][] = [
    [t('complaints.fields.complainant'), c.anonymous ? t('complaints.anonymous') : (c.complainantName ?? none)],
    [t('complaints.fields.email'), c.complainantEmail ?? none],
    [t('complaints.fields.phone'), c.complainantPhone ?? none],
    [t('complaints.fields.consentShort'), c.consent ? t('complaints.yes') : t('complaints.no')],
    [t('complaints.fields.promise'), c.promise?.title ?? none],
    [t('complaints.fields.case'), c.case?.reference ?? none],
    [t('complaints.fields.description'), c.description],
    [t('complaints.fields.remedy'), c.remedySought ?? none],
    [t('complaints.fields.acknowledgementDueOn'), formatDate(c.acknowledgementDueOn)],
    [t('complaints.fields.severity'), c.severity ? t(`complaints.severity.${c.severity}`) : none],
    [t('complaints.fields.assignee'), c.assignee?.displayName ?? none],
    [t('complaints.fields.responseDueOn'), formatDate(c.responseDueOn)],
    [t('complaints.fields.assessment'), c.assessment ?? none],
    [t('complaints.fields.investigation'), c.investigation ?? none],
    [t('complaints.fields.response'), c.response ?? none],
    [t('complaints.fields.satisfaction'), c.satisfaction ? t(`complaints.satisfaction.${c.satisfaction}`) : none],
    [t('complaints.fields.rootCause'), c.rootCause ? t(`complaints.rootCause.${c.rootCause}`) : none],
    [t('complaints.fields.correctiveAction'), c.correctiveAction ?? none],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-facts-heading">
      <Title order={2} size="h3" id="complaint-facts-heading" mb="sm">
        {t('complaints.detail.facts')}
      </Title>
      <Stack gap="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="gray.8" fw={600}>
              {label}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {value}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
