import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContactLinks } from '../../../components/contact-links';
import { areaText } from '../../../lib/service-terms';
import type { Pilot } from '../api/types';
import { useUpdatePilot } from '../api/use-update-pilot';

/** One pilot's card; admins may edit and (de)activate it. */
export function PilotCard({ pilot, editable, onEdit }: { pilot: Pilot; editable: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePilot();
  const { id, ...rest } = pilot;
  const headingId = `pilot-${id}`;

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId} data-testid="pilot-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {pilot.name}
          </Title>
          <Badge variant="dot" color={pilot.active ? 'green' : 'gray'} c="dark.9" tt="none">
            {pilot.active ? t('pilots.active') : t('pilots.inactive')}
          </Badge>
        </Group>
        {pilot.jobTitle && <Text>{pilot.jobTitle}</Text>}
        <ContactLinks email={pilot.email} phone={pilot.phone} />
        <Text size="sm">
          <strong>{t('pilots.areas')}:</strong>{' '}
          {pilot.areas.length ? pilot.areas.map((a) => areaText(t, a)).join(', ') : t('pilots.noAreas')}
        </Text>
        <Text size="sm" c="gray.8">
          {pilot.publicCard ? t('pilots.shownPublicly') : t('pilots.notShownPublicly')}
        </Text>
        {editable && (
          <Group gap="xs" mt="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={`${t('pilots.edit')}: ${pilot.name}`}
            >
              {t('pilots.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={pilot.active ? <IconPlayerPause size={14} aria-hidden /> : <IconPlayerPlay size={14} aria-hidden />}
              loading={update.isPending}
              onClick={() => update.mutate({ id, body: { ...rest, active: !pilot.active } })}
              aria-label={`${pilot.active ? t('pilots.deactivate') : t('pilots.activate')}: ${pilot.name}`}
            >
              {pilot.active ? t('pilots.deactivate') : t('pilots.activate')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
