import { Button, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecline } from '../../api/use-decline';

export function DeclineForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const decline = useDecline(assessmentId);
  const [reason, setReason] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    decline.mutate({ reason: reason.trim() });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="decline-heading">
      <Title order={3} id="decline-heading">
        {t('assessments.decline.title')}
      </Title>
      <Textarea
        label={t('assessments.decline.reason')}
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={2000}
      />
      <Button type="submit" color="red.9" loading={decline.isPending} disabled={!reason.trim()} style={{ alignSelf: 'flex-start' }}>
        {t('assessments.decline.submit')}
      </Button>
    </Stack>
  );
}
