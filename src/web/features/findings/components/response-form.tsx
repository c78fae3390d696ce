import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/types';
import { useRespondToFinding } from '../api/use-respond-to-finding';

/** The municipality answers a finding; a new answer replaces the previous one. */
export function ResponseForm({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const respond = useRespondToFinding();
  const [text, setText] = useState(finding.municipalityResponse ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    respond.mutate({ findingId: finding.id, response: text.trim() });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <Textarea
        label={t('findings.respond.label')}
        description={t('findings.respond.hint')}
        required
        autosize
        minRows={2}
        maxLength={10000}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" size="sm" loading={respond.isPending} disabled={!text.trim() || text.trim() === finding.municipalityResponse}>
          {t('findings.respond.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
