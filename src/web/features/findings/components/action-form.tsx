import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus, type CorrectiveAction } from '../api/types';
import type { ActionChange } from '../api/use-update-action';

type Props = {
  /** The action to edit (with status and completion); a new one when absent. */
  action?: CorrectiveAction;
  pending: boolean;
  onSubmit: (change: ActionChange & { description: string; ownerName: string; dueOn: string }) => void;
  onCancel?: () => void;
};

/** A corrective action: what, who (required), by when (not in the past), and later its status. */
export function ActionForm({ action, pending, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const today = dayjs().format('YYYY-MM-DD');
  const [description, setDescription] = useState(action?.description ?? '');
  const [ownerName, setOwnerName] = useState(action?.ownerName ?? '');
  const [ownerEmail, setOwnerEmail] = useState(action?.ownerEmail ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'open');
  const [completionNote, setCompletionNote] = useState(action?.completionNote ?? '');
  const needsNote = status === 'done' && !completionNote.trim();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = { description: description.trim(), ownerName: ownerName.trim(), ownerEmail: ownerEmail.trim() || null, dueOn };
    onSubmit(action ? { ...base, status, completionNote: completionNote.trim() || null } : base);
  };

  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <Textarea
        label={t('findings.actions.description')}
        required
        autosize
        minRows={2}
        maxLength={5000}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('findings.actions.ownerName')}
          required
          maxLength={200}
          value={ownerName}
          onChange={(e) => setOwnerName(e.currentTarget.value)}
        />
        <TextInput
          label={t('findings.actions.ownerEmail')}
          type="email"
          maxLength={320}
          value={ownerEmail}
          onChange={(e) => setOwnerEmail(e.currentTarget.value)}
        />
        <TextInput
          label={t('findings.actions.dueOn')}
          description={t('findings.actions.dueHint')}
          type="date"
          required
          min={action && action.dueOn < today ? undefined : today}
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
      </Group>
      {action && (
        <Group grow align="flex-start">
          <Select
            label={t('findings.actions.statusLabel')}
            allowDeselect={false}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`findings.actions.status.${s}`) }))}
            value={status}
            onChange={(v) => setStatus((v ?? 'open') as ActionStatus)}
          />
          <Textarea
            label={t('findings.actions.completionNote')}
            description={t('findings.actions.completionHint')}
            required={status === 'done'}
            autosize
            minRows={1}
            maxLength={5000}
            value={completionNote}
            onChange={(e) => setCompletionNote(e.currentTarget.value)}
          />
        </Group>
      )}
      <Group>
        <Button type="submit" size="sm" loading={pending} disabled={!description.trim() || !ownerName.trim() || !dueOn || needsNote}>
          {action ? t('findings.actions.save') : t('findings.actions.add')}
        </Button>
        {onCancel && (
          <Button size="sm" variant="default" onClick={onCancel}>
            {t('findings.form.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
