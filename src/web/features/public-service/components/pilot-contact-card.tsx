import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { areaText } from '../../../lib/service-terms';
import type { PublicPilot } from '../api/types';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A pilot's public contact card: who they are and how to reach them. */
export function PilotContactCard({ pilot }: { pilot: PublicPilot }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="article" data-testid="pilot-contact-card">
      <Stack gap={6}>
        <Title order={3} size="h4">
          {pilot.name}
        </Title>
        {pilot.jobTitle && <Text>{pilot.jobTitle}</Text>}
        {pilot.areas.length > 0 && (
          <Text size="sm" c="gray.8">
            {t('publicService.pilotAreas', { areas: pilot.areas.map((a) => areaText(t, a)).join(', ') })}
          </Text>
        )}
        <Group gap={6} wrap="nowrap">
          <IconMail size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor href={`mailto:${pilot.email}`} style={{ overflowWrap: 'anywhere' }}>
            {pilot.email}
          </Anchor>
        </Group>
        {pilot.phone && (
          <Group gap={6} wrap="nowrap">
            <IconPhone size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Anchor href={telHref(pilot.phone)}>{pilot.phone}</Anchor>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
