import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ComplaintDetail, DECISION_CHANNELS, ROOT_CAUSES } from '../api/types';
import { useCloseComplaint } from '../api/use-close';
import { useCommunicateDecision } from '../api/use-communicate-decision';
import { useRespond } from '../api/use-respond';

// Steps 5–7: respond, communicate the decision, close.

type DecisionChannel = (typeof DECISION_CHANNELS)[number];

export function RespondForm({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const respond = useRespond(c.id);
  const [response, setResponse] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (response.trim()) respond.mutate({ response: response.trim() });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Textarea
        label={t('complaints.fields.response')}
        required
        autosize
        minRows={5}
        maxLength={10000}
        value={response}
        onChange={(e) => setResponse(e.currentTarget.value)}
      />
      <Text size="sm">{c.canMail ? t('complaints.respond.mailed', { email: c.complainantEmail }) : t('complaints.respond.notMailed')}</Text>
      <Group>
        <Button type="submit" loading={respond.isPending} disabled={!response.trim()}>
          {t('complaints.respond.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function CommunicateForm({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const communicate = useCommunicateDecision(c.id);
  const choices = DECISION_CHANNELS.filter((ch) => ch !== 'email' || c.canMail);
  const [channel, setChannel] = useState<DecisionChannel>(c.canMail ? 'email' : 'letter');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    communicate.mutate({ channel });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <NativeSelect
        label={t('complaints.fields.decisionChannel')}
        value={channel}
        onChange={(e) => setChannel(e.currentTarget.value as DecisionChannel)}
        data={choices.map((ch) => ({ value: ch, label: t(`complaints.decisionChannel.${ch}`) }))}
        maw={360}
      />
      <Group>
        <Button type="submit" loading={communicate.isPending}>
          {t('complaints.communicate.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function CloseForm({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const close = useCloseComplaint(c.id);
  const [satisfaction, setSatisfaction] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [action, setAction] = useState('');
  // ISO 10002 asks for the cause of a complaint; an idea or praise has none
  const causeRequired = c.type === 'complaint';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (causeRequired && !rootCause) return;
    close.mutate({
      ...(satisfaction && { satisfaction: Number(satisfaction) }),
      ...(rootCause && { rootCause }),
      ...(action.trim() && { correctiveAction: action.trim() }),
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Group grow align="flex-start">
        <NativeSelect
          label={t('complaints.fields.satisfaction')}
          description={t('complaints.close.satisfactionHint')}
          value={satisfaction}
          onChange={(e) => setSatisfaction(e.currentTarget.value)}
          data={[
            { value: '', label: t('complaints.close.notAsked') },
            ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t(`complaints.satisfaction.${n}`) })),
          ]}
        />
        <NativeSelect
          label={t('complaints.fields.rootCause')}
          required={causeRequired}
          value={rootCause}
          onChange={(e) => setRootCause(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...ROOT_CAUSES.map((k) => ({ value: k, label: t(`complaints.rootCause.${k}`) })),
          ]}
        />
      </Group>
      <Textarea
        label={t('complaints.fields.correctiveAction')}
        autosize
        minRows={3}
        maxLength={5000}
        value={action}
        onChange={(e) => setAction(e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={close.isPending} disabled={causeRequired && !rootCause}>
          {t('complaints.close.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
