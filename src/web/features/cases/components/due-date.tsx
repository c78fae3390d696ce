import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { CaseState } from '../api/types';

/** A due date; an overdue or endangered one carries a badge saying so in words. */
export function DueDate({ dueOn, state }: { dueOn: string | null; state: CaseState }) {
  const { t } = useTranslation();
  if (!dueOn) return <Text size="sm">{t('cases.noDeadline')}</Text>;
  const urgent = state === 'overdue' || state === 'at_risk';
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={urgent ? 700 : undefined}>
        {formatDate(dueOn)}
      </Text>
      {urgent && (
        <Badge
          size="sm"
          variant="filled"
          tt="none"
          miw="max-content"
          {...(state === 'overdue' ? { color: 'red.9' } : { color: 'orange.3', c: 'dark.9' })}
        >
          {t(`caseState.${state}`)}
        </Badge>
      )}
    </Group>
  );
}
