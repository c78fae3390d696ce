import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../../lib/format';

/** The deviation rate; above the allowed rate in red with a worded badge (not colour alone). */
export function RateCell({
  rate,
  allowed,
  above,
  hasDeadline,
}: {
  rate: number | null;
  allowed: number;
  above: boolean;
  hasDeadline: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!hasDeadline)
    return (
      <Text size="sm" c="gray.8">
        {t('figures.table.notApplicable')}
      </Text>
    );
  const limit = formatRate(allowed, i18n.language);
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={above ? 700 : 400} c={above ? 'red.9' : undefined}>
        {formatRate(rate, i18n.language)}
      </Text>
      {above && (
        <Badge color="red.9" variant="filled" size="sm" tt="none">
          {t('figures.table.aboveAllowed', { limit })}
        </Badge>
      )}
    </Group>
  );
}
