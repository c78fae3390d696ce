import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localInputToIso } from '../../../../lib/format';
import { useAccept } from '../../api/use-accept';

export function AcceptForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const accept = useAccept(assessmentId);
  const [dueOn, setDueOn] = useState('');
  const [meetingAt, setMeetingAt] = useState('');
  const [location, setLocation] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate({
      documentationDueOn: dueOn,
      meetingPlannedAt: meetingAt ? localInputToIso(meetingAt) : null,
      meetingLocation: location.trim() || null,
    });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="accept-heading">
      <Title order={3} id="accept-heading">
        {t('assessments.accept.title')}
      </Title>
      <Text size="sm">{t('assessments.accept.hint')}</Text>
      <TextInput
        type="date"
        label={t('assessments.accept.documentationDueOn')}
        required
        value={dueOn}
        onChange={(e) => setDueOn(e.currentTarget.value)}
      />
      <TextInput
        type="datetime-local"
        label={t('assessments.accept.meetingPlannedAt')}
        value={meetingAt}
        onChange={(e) => setMeetingAt(e.currentTarget.value)}
      />
      <TextInput
        label={t('assessments.accept.meetingLocation')}
        value={location}
        onChange={(e) => setLocation(e.currentTarget.value)}
        maxLength={300}
      />
      <Button type="submit" loading={accept.isPending} disabled={!dueOn} style={{ alignSelf: 'flex-start' }}>
        {t('assessments.accept.submit')}
      </Button>
    </Stack>
  );
}
