import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { CorrectiveAction, FindingPermissions } from '../api/types';
import { useUpdateAction } from '../api/use-update-action';
import { ActionForm } from './action-form';
import { EffectivenessForm } from './effectiveness-form';

const STATUS_COLORS = { open: 'gray', in_progress: 'blue', done: 'green' } as const;

/** One corrective action: owner, due date, status, completion and effectiveness; editable while open. */
export function ActionItem({
  action: a,
  permissions,
  findingOpen,
  as = 'li',
}: {
  action: CorrectiveAction;
  permissions: FindingPermissions;
  findingOpen: boolean;
  as?: 'li' | 'div';
}) {
  const { t } = useTranslation();
  const update = useUpdateAction();
  const [editing, setEditing] = useState(false);
  const editable = permissions.manageActions && findingOpen && a.effectiveness === null;

  return (
    <Card withBorder padding="sm" component={as}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} style={{ whiteSpace: 'pre-wrap' }}>
            {a.description}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Badge variant="dot" color={STATUS_COLORS[a.status]} c="dark.9" tt="none">
              {t(`findings.actions.status.${a.status}`)}
            </Badge>
            {a.overdue && (
              <Badge variant="light" color="red" c="dark.9" tt="none">
                {t('findings.actions.overdue')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="gray.8">
          {t('findings.actions.ownerLine', { owner: a.ownerName, due: formatDate(a.dueOn) })}
          {a.ownerEmail ? ` · ${a.ownerEmail}` : ''}
        </Text>
        {a.completionNote && (
          <Text size="sm">
            <strong>{t('findings.actions.completionNote')}:</strong> {a.completionNote}
            {a.completedOn ? ` (${formatDate(a.completedOn)})` : ''}
          </Text>
        )}
        <Text size="sm">
          <strong>{t('findings.effectiveness.title')}:</strong>{' '}
          {a.effectiveness ? t(`findings.effectiveness.${a.effectiveness}`) : t('findings.effectiveness.notChecked')}
          {a.effectivenessNote ? ` – ${a.effectivenessNote}` : ''}
          {a.effectivenessCheckedAt ? ` (${formatDate(a.effectivenessCheckedAt)})` : ''}
        </Text>
        {editable && !editing && (
          <Group>
            <Button
              size="xs"
              variant="outline"
              onClick={() => setEditing(true)}
              aria-label={`${t('findings.actions.edit')}: ${a.description.slice(0, 60)}`}
            >
              {t('findings.actions.edit')}
            </Button>
          </Group>
        )}
        {editing && (
          <ActionForm
            action={a}
            pending={update.isPending}
            onSubmit={(body) => update.mutate({ actionId: a.id, body }, { onSuccess: () => setEditing(false) })}
            onCancel={() => setEditing(false)}
          />
        )}
        {permissions.checkEffectiveness && a.status === 'done' && <EffectivenessForm action={a} />}
      </Stack>
    </Card>
  );
}
