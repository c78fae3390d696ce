import { Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposeGoal } from '../../api/use-propose-goal';

export function ProposeGoalForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const propose = useProposeGoal(assessmentId);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate(
      { title: title.trim(), description: description.trim(), targetDate: targetDate || null },
      {
        onSuccess: () => {
          setTitle('');
          setDescription('');
          setTargetDate('');
        },
      },
    );
  };

  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-labelledby="propose-goal-heading">
      <Title order={4} size="h5" id="propose-goal-heading">
        {t('assessments.goals.proposeTitle')}
      </Title>
      <Group grow align="flex-start">
        <TextInput
          label={t('assessments.goals.goalTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={300}
        />
        <TextInput
          type="date"
          label={t('assessments.goals.targetDate')}
          value={targetDate}
          onChange={(e) => setTargetDate(e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('assessments.goals.description')}
        autosize
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        maxLength={5000}
      />
      <Group>
        <Button type="submit" variant="outline" loading={propose.isPending} disabled={!title.trim()}>
          {t('assessments.goals.propose')}
        </Button>
      </Group>
    </Stack>
  );
}
