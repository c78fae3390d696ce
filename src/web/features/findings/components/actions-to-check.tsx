import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionToCheck, FindingPermissions } from '../api/types';
import { ActionItem } from './action-item';

/**
 * At a surveillance or recertification audit: the actions on findings closed last time whose
 * effectiveness this audit checks (ISO/IEC 17021-1); carried findings show their actions themselves.
 */
export function ActionsToCheck({ actions, permissions }: { actions: ActionToCheck[]; permissions: FindingPermissions }) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby="actions-to-check-heading">
      <Title order={3} size="h4" id="actions-to-check-heading">
        {t('findings.toCheck.title')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('findings.toCheck.hint')}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {actions.map((a) => (
          <Stack key={a.id} gap={4} component="li">
            <Text size="sm">
              {t('findings.toCheck.finding', { grade: t(`findings.grade.${a.finding.grade}`), description: a.finding.description })}
            </Text>
            <ActionItem action={a} permissions={permissions} findingOpen={false} as="div" />
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}
