import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactLinks } from '../../../components/contact-links';
import { areaText } from '../../../lib/service-terms';
import type { PublicPilot } from '../api/types';

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
        <ContactLinks email={pilot.email} phone={pilot.phone} />
      </Stack>
    </Card>
  );
}
