import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { areaText, deadlineText } from '../../../lib/service-terms';
import type { PublicPromise } from '../api/types';

/** "Wir versprechen Ihnen …": the published promises with their deadlines, in their order. */
export function PublicPromiseList({ promises }: { promises: PublicPromise[] }) {
  const { t } = useTranslation();
  return (
    <List
      spacing="md"
      icon={<IconCircleCheck size={20} color="var(--mantine-color-green-9)" aria-hidden />}
      center={false}
      data-testid="public-promises"
    >
      {promises.map((p, i) => (
        <List.Item key={`${p.number ?? 'x'}-${i}`}>
          <Stack gap={2}>
            <Text fw={600}>
              {p.number !== null && <span>{t('publicService.promiseNumber', { number: p.number })} </span>}
              {p.title}
            </Text>
            <Group gap="xs">
              <Badge variant="default" c="dark.9" tt="none">
                {p.amount !== null && p.unit !== null
                  ? t('publicService.deadline', { deadline: deadlineText(t, p.amount, p.unit) })
                  : t('publicService.noDeadline')}
              </Badge>
              <Text size="sm" c="gray.8">
                {areaText(t, p.area)}
              </Text>
            </Group>
            {p.description && <Text size="sm">{p.description}</Text>}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
