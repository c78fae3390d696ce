import { Badge, Box, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Finding, FindingCriterion, FindingPermissions } from '../api/types';
import { useAddAction } from '../api/use-add-action';
import { useCloseFinding } from '../api/use-close-finding';
import { useUpdateFinding } from '../api/use-update-finding';
import { ActionForm } from './action-form';
import { ActionItem } from './action-item';
import { FindingForm } from './finding-form';
import { GradeBadge } from './grade-badge';
import { ResponseForm } from './response-form';

type Props = { finding: Finding; criteria: FindingCriterion[]; permissions: FindingPermissions };

/** One finding with its texts, the municipality's answer, its corrective actions and what the reader may do. */
export function FindingCard({ finding: f, criteria, permissions }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useUpdateFinding();
  const close = useCloseFinding();
  const addAction = useAddAction();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const open = f.status === 'open';

  return (
    <Card withBorder padding="md" component="li" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <GradeBadge grade={f.grade} />
            <Badge variant={open ? 'outline' : 'light'} color={open ? 'dark' : 'green'} c="dark.9" tt="none">
              {t(`findings.status.${f.status}`)}
            </Badge>
            {f.carriedFromId && (
              <Badge variant="light" color="gray" c="dark.9" tt="none">
                {t('findings.carried')}
              </Badge>
            )}
            {f.escalatedAt && (
              <Badge variant="light" color="red" c="dark.9" tt="none">
                {t('findings.escalated')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="gray.8">
            {open
              ? t('findings.recordedOn', { date: formatDate(f.createdAt) })
              : t('findings.closedOn', { date: formatDate(f.closedAt), name: f.closedByName ?? '–' })}
          </Text>
        </Group>
        <Title order={4} size="h5" id={headingId} style={{ whiteSpace: 'pre-wrap' }}>
          {f.description}
        </Title>
        {f.evidence && <Labeled label={t('findings.evidence')} text={f.evidence} />}
        {f.rootCause && <Labeled label={t('findings.rootCause')} text={f.rootCause} />}
        {permissions.seeInternalNotes && f.internalNote && (
          <Box p="xs" bg="yellow.0" style={{ borderLeft: '3px solid var(--mantine-color-yellow-8)' }}>
            <Labeled label={t('findings.internalNote')} text={f.internalNote} />
          </Box>
        )}
        {f.municipalityResponse && (
          <Labeled
            label={t('findings.response')}
            text={`${f.municipalityResponse}${f.respondedAt ? ` (${formatDate(f.respondedAt)})` : ''}`}
          />
        )}

        {permissions.record && open && !editing && (
          <Group>
            <Button size="xs" variant="outline" onClick={() => setEditing(true)}>
              {t('findings.form.edit')}
            </Button>
          </Group>
        )}
        {editing && (
          <FindingForm
            headingOrder={5}
            criteria={criteria}
            finding={f}
            pending={update.isPending}
            onSubmit={(body) => update.mutate({ findingId: f.id, body }, { onSuccess: () => setEditing(false) })}
            onCancel={() => setEditing(false)}
          />
        )}
        {permissions.respond && open && <ResponseForm finding={f} />}

        <Divider />
        <Text fw={600}>{t('findings.actions.title')}</Text>
        {f.actions.length === 0 ? (
          <Text size="sm" c="gray.8">
            {t('findings.actions.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {f.actions.map((a) => (
              <ActionItem key={a.id} action={a} permissions={permissions} findingOpen={open} />
            ))}
          </Stack>
        )}
        {permissions.manageActions && open && !adding && (
          <Group>
            <Button size="xs" variant="outline" onClick={() => setAdding(true)}>
              {t('findings.actions.propose')}
            </Button>
          </Group>
        )}
        {adding && (
          <ActionForm
            pending={addAction.isPending}
            onSubmit={(body) =>
              addAction.mutate(
                { findingId: f.id, body: { ...body, ownerEmail: body.ownerEmail ?? null } },
                { onSuccess: () => setAdding(false) },
              )
            }
            onCancel={() => setAdding(false)}
          />
        )}

        {permissions.close && open && (
          <Stack gap={4}>
            {f.closeBlocker && (
              <Text size="sm" c="gray.8">
                {t(`findings.closeBlocked.${f.closeBlocker}`)}
              </Text>
            )}
            <Group>
              <Button size="sm" disabled={f.closeBlocker !== null} loading={close.isPending} onClick={() => close.mutate(f.id)}>
                {t('findings.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function Labeled({ label, text }: { label: string; text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      <strong>{label}:</strong> {text}
    </Text>
  );
}
