import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalState } from '../api/types';
import { useDecideGoal } from '../api/use-decide-goal';

/** The certifier confirms a goal reached (it earns its bonus points in the next round) or marks it missed. */
export function DecisionButtons({ goalId, state }: { goalId: string; state: GoalState }) {
  const { t } = useTranslation();
  const headingId = useId();
  const decide = useDecideGoal(goalId);
  const decided = state === 'reached' || state === 'missed';
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {decided ? t('goals.decision.changeTitle') : t('goals.decision.title')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('goals.decision.hint')}
      </Text>
      <Group>
        <Button
          loading={decide.isPending && decide.variables === 'reached'}
          disabled={state === 'reached' || decide.isPending}
          onClick={() => decide.mutate('reached')}
        >
          {t('goals.decision.reached')}
        </Button>
        <Button
          color="red.9"
          variant="outline"
          loading={decide.isPending && decide.variables === 'missed'}
          disabled={state === 'missed' || decide.isPending}
          onClick={() => decide.mutate('missed')}
        >
          {t('goals.decision.missed')}
        </Button>
      </Group>
    </Stack>
  );
}
