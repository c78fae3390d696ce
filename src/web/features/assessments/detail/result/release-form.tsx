import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localInputToIso } from '../../../../lib/format';
import type { AssessmentDetail } from '../../api/types';
import { useRelease } from '../../api/use-release';

/** Release after the phone call with the contact person; next steps are required below the pass mark. */
export function ReleaseForm({ assessment: a }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const release = useRelease(a.id);
  const [callAt, setCallAt] = useState(dayjs().format('YYYY-MM-DDTHH:mm'));
  const [callWith, setCallWith] = useState(a.contact.name);
  const [nextSteps, setNextSteps] = useState('');
  const passed = a.result?.passed ?? false;
  const complete = a.result?.complete ?? false;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    release.mutate({ phoneCallAt: localInputToIso(callAt), phoneCallWith: callWith.trim(), nextSteps: nextSteps.trim() || null });
  };

  return (
    <Card withBorder component="section" aria-labelledby="release-heading">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={3} size="h4" id="release-heading">
          {t('assessments.release.title')}
        </Title>
        <Text size="sm">{t('assessments.release.hint')}</Text>
        {!complete && <Alert color="orange">{t('assessments.release.incomplete')}</Alert>}
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('assessments.release.phoneCallAt')}
            required
            value={callAt}
            onChange={(e) => setCallAt(e.currentTarget.value)}
          />
          <TextInput
            label={t('assessments.release.phoneCallWith')}
            required
            value={callWith}
            onChange={(e) => setCallWith(e.currentTarget.value)}
            maxLength={200}
          />
        </Group>
        <Textarea
          label={t('assessments.release.nextSteps')}
          description={passed ? t('assessments.release.nextStepsOptional') : t('assessments.release.nextStepsRequired')}
          required={!passed}
          autosize
          minRows={3}
          value={nextSteps}
          onChange={(e) => setNextSteps(e.currentTarget.value)}
          maxLength={10000}
        />
        <Group>
          <Button type="submit" loading={release.isPending} disabled={!callAt || !callWith.trim() || (!passed && !nextSteps.trim())}>
            {t('assessments.release.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
