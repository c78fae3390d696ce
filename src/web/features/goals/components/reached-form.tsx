import { Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/field-errors';
import { useReportReached } from '../api/use-report-reached';

/** The municipality reports the goal reached on a day (today or earlier); the certifier then decides. */
export function ReachedForm({ goalId, reachedOn }: { goalId: string; reachedOn: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const report = useReportReached(goalId);
  const today = dayjs().format('YYYY-MM-DD');
  const [date, setDate] = useState(reachedOn ?? today);
  const [note, setNote] = useState('');
  const server = fieldErrors(report.error);
  const future = date > today;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    report.mutate({ reachedOn: date, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: () => setNote('') });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('goals.reached.title')}
      </Title>
      <TextInput
        type="date"
        label={t('goals.reached.date')}
        required
        max={today}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={future ? t('goals.reached.future') : server.reachedOn}
        maw={220}
      />
      <Textarea
        label={t('goals.reached.note')}
        autosize
        minRows={1}
        maxLength={5000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <div>
        <Button type="submit" loading={report.isPending} disabled={!date || future}>
          {reachedOn ? t('goals.reached.again') : t('goals.reached.button')}
        </Button>
      </div>
    </Stack>
  );
}
