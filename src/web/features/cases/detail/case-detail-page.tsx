import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseStateBadge } from '../../../components/case-state-badge';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import type { CaseDetail } from '../api/types';
import { useCase } from '../api/use-case';
import { usePilots } from '../api/use-pilots';
import { CaseActions } from './case-actions';
import { CaseEventLog } from './case-event-log';
import { CaseFacts } from './case-facts';
import { DelayNoticeButton, DelayNoticePrompt } from './delay-notice';
import { ErasePersonalData } from './erase-personal-data';

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const found = useCase(id);
  return (
    <Stack>
      <Anchor component={Link} to="/faelle" size="sm">
        {t('cases.back')}
      </Anchor>
      {found.isError && <Title order={1}>{t('cases.detail.title')}</Title>}
      <QueryState query={found}>{(c) => <CaseView detail={c} />}</QueryState>
    </Stack>
  );
}

function CaseView({ detail: c }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const pilots = usePilots();
  const isAdmin = useSession().data?.user.role === 'municipality_admin';
  const pilotList = pilots.data?.items ?? [];

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1}>{t('cases.detail.heading', { reference: c.reference })}</Title>
        {c.subject && <Text size="lg">{c.subject}</Text>}
        <Group gap="md">
          <CaseStateBadge state={c.state} />
          <Text>{c.dueOn ? t('cases.detail.dueOn', { date: formatDate(c.dueOn) }) : t('cases.noDeadline')}</Text>
          {c.warningOn && <Text c="gray.8">{t('cases.detail.warningOn', { date: formatDate(c.warningOn) })}</Text>}
          {c.fulfilledOn && <Text c="gray.8">{t('cases.detail.fulfilledOn', { date: formatDate(c.fulfilledOn) })}</Text>}
        </Group>
        <Text size="sm" c="gray.8">
          {c.promiseTitle}
          {c.businessName && ` · ${c.businessName}`}
        </Text>
      </Stack>
      <DelayNoticePrompt detail={c} />
      <CaseActions detail={c} pilots={pilotList} extra={<DelayNoticeButton detail={c} />} />
      <CaseFacts detail={c} />
      <CaseEventLog events={c.events} pilots={pilotList} />
      {isAdmin && (
        <Stack gap="xs" component="section" aria-labelledby="case-privacy-heading">
          <Title order={2} size="h3" id="case-privacy-heading">
            {t('cases.erase.heading')}
          </Title>
          {c.personalDataErasedAt ? <Text size="sm">{t('cases.erase.done')}</Text> : <Text size="sm">{t('cases.erase.hint')}</Text>}
          <Group>
            <ErasePersonalData detail={c} />
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
