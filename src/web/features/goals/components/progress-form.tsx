import { Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/field-errors';
import { useAddProgress } from '../api/use-add-progress';

/** The municipality notes progress on a goal, with an optional link as evidence. */
export function ProgressForm({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddProgress(goalId);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const server = fieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { note: note.trim(), link: link.trim() || null },
      {
        onSuccess: () => {
          setNote('');
          setLink('');
        },
      },
    );
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('goals.progress.addTitle')}
      </Title>
      <Textarea
        label={t('goals.progress.note')}
        required
        autosize
        minRows={2}
        maxLength={5000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={server.note}
      />
      <TextInput
        type="url"
        label={t('goals.progress.link')}
        description={t('goals.progress.linkHint')}
        maxLength={2000}
        value={link}
        onChange={(e) => setLink(e.currentTarget.value)}
        error={server.link}
      />
      <div>
        <Button type="submit" loading={add.isPending} disabled={!note.trim()}>
          {t('goals.progress.add')}
        </Button>
      </div>
    </Stack>
  );
}
