import { Anchor, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { CaseEvent, Pilot } from '../api/types';

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** What an event's data says, in words: reasons, channel, expected date, who was assigned. */
function EventData({ event, pilots }: { event: CaseEvent; pilots: Pilot[] }) {
  const { t } = useTranslation();
  const d = event.data;
  const lines: string[] = [];
  switch (event.kind) {
    case 'received':
      if (str(d.source)) lines.push(t('cases.event.data.source', { source: t(`cases.source.${str(d.source)}`) }));
      if (str(d.externalId)) lines.push(t('cases.event.data.externalId', { id: str(d.externalId) }));
      break;
    case 'assigned': {
      const pilot = pilots.find((p) => p.id === d.pilotId);
      lines.push(
        d.pilotId
          ? t('cases.event.data.pilot', { name: pilot?.name ?? t('cases.event.data.unknownPilot') })
          : t('cases.event.data.unassigned'),
      );
      break;
    }
    case 'paused':
    case 'reopened':
      if (str(d.reason)) lines.push(t('cases.event.data.reason', { reason: str(d.reason) }));
      break;
    case 'fulfilled':
      if (str(d.note)) lines.push(t('cases.event.data.note', { note: str(d.note) }));
      break;
    case 'excluded':
      if (str(d.reason))
        lines.push(t('cases.event.data.reason', { reason: t(`cases.exclusionReason.${str(d.reason)}`, { defaultValue: str(d.reason) }) }));
      if (str(d.note)) lines.push(t('cases.event.data.note', { note: str(d.note) }));
      break;
    case 'warning_raised':
      lines.push(t(d.to === 'pilot' ? 'cases.event.data.warnedPilot' : 'cases.event.data.warnedAdmins'));
      break;
    case 'delay_notice_sent':
      if (str(d.channel)) lines.push(t('cases.event.data.channel', { channel: t(`cases.delayNotice.channels.${str(d.channel)}`) }));
      if (str(d.expectedOn)) lines.push(t('cases.event.data.expectedOn', { date: formatDate(str(d.expectedOn)) }));
      if (str(d.reason)) lines.push(t('cases.event.data.reason', { reason: str(d.reason) }));
      break;
    default:
      break;
  }
  return (
    <>
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
      {event.kind === 'delay_notice_sent' && str(d.mailId) && (
        <Anchor component={Link} to="/postausgang" size="sm">
          {t('cases.event.data.toOutbox')}
        </Anchor>
      )}
    </>
  );
}

/** The append-only event log, oldest first: the case's state is rebuilt from exactly this. */
export function CaseEventLog({ events, pilots }: { events: CaseEvent[]; pilots: Pilot[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-log-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="case-log-heading">
          {t('cases.event.heading')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={events.length - 1} role="list" aria-labelledby="case-log-heading">
          {events.map((e) => (
            <Timeline.Item key={e.id} role="listitem" title={t(`cases.event.kind.${e.kind}`)}>
              <Text size="sm" c="gray.8">
                {t('cases.event.when', { date: formatDate(e.onDate), at: formatDateTime(e.occurredAt) })}
              </Text>
              <EventData event={e} pilots={pilots} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
