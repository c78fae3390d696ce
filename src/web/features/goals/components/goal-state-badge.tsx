import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalState } from '../api/types';

const COLORS: Record<GoalState, string> = { open: 'blue', reported: 'yellow', reached: 'green', missed: 'red' };

export function GoalStateBadge({ state }: { state: GoalState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[state]} c="dark.9" tt="none" miw="max-content">
      {t(`goals.state.${state}`)}
    </Badge>
  );
}
