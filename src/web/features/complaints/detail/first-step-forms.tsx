import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ComplaintDetail, type ComplaintType, type Severity, SEVERITIES, TYPES } from '../api/types';
import { useAcknowledge } from '../api/use-acknowledge';
import { useAssess } from '../api/use-assess';
import { useComplaintOptions } from '../api/use-complaint-options';
import { useInvestigate } from '../api/use-investigate';

// Steps 2–4: acknowledge, assess, investigate.

export function AcknowledgeForm({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledge(c.id);
  const [message, setMessage] = useState(() => t('complaints.acknowledge.defaultMessage', { number: c.number }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    acknowledge.mutate(c.canMail && message.trim() ? { message: message.trim() } : {});
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      {c.canMail ? (
        <Textarea
          label={t('complaints.acknowledge.message')}
          description={t('complaints.acknowledge.messageHint', { email: c.complainantEmail })}
          autosize
          minRows={4}
          maxLength={5000}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
      ) : (
        <Text>{t('complaints.acknowledge.noMail')}</Text>
      )}
      <Group>
        <Button type="submit" loading={acknowledge.isPending}>
          {t('complaints.acknowledge.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function AssessForm({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const assess = useAssess(c.id);
  const options = useComplaintOptions();
  const [type, setType] = useState<ComplaintType>(c.type);
  const [severity, setSeverity] = useState<Severity | ''>(c.severity ?? '');
  const [assessment, setAssessment] = useState(c.assessment ?? '');
  const [assignee, setAssignee] = useState(c.assignee?.id ?? '');
  const [dueOn, setDueOn] = useState(c.responseDueOn ?? '');
  const ready = severity && assessment.trim() && assignee && dueOn;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    assess.mutate({ type, severity, assessment: assessment.trim(), assigneeUserId: assignee, responseDueOn: dueOn });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Group grow align="flex-start">
        <NativeSelect
          label={t('complaints.fields.type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as ComplaintType)}
          data={TYPES.map((k) => ({ value: k, label: t(`complaints.type.${k}`) }))}
        />
        <NativeSelect
          label={t('complaints.fields.severity')}
          required
          value={severity}
          onChange={(e) => setSeverity(e.currentTarget.value as Severity | '')}
          data={[{ value: '', label: t('common.choose') }, ...SEVERITIES.map((k) => ({ value: k, label: t(`complaints.severity.${k}`) }))]}
        />
      </Group>
      <Textarea
        label={t('complaints.fields.assessment')}
        required
        autosize
        minRows={3}
        maxLength={5000}
        value={assessment}
        onChange={(e) => setAssessment(e.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('complaints.fields.assignee')}
          required
          value={assignee}
          onChange={(e) => setAssignee(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...(options.data?.assignees ?? []).map((a) => ({ value: a.id, label: a.displayName })),
          ]}
        />
        <TextInput
          label={t('complaints.fields.responseDueOn')}
          type="date"
          required
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
      </Group>
      <Group>
        <Button type="submit" loading={assess.isPending} disabled={!ready}>
          {t('complaints.assess.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function InvestigateForm({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const investigate = useInvestigate(c.id);
  const [notes, setNotes] = useState(c.investigation ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (notes.trim()) investigate.mutate({ investigation: notes.trim() });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Textarea
        label={t('complaints.fields.investigation')}
        required
        autosize
        minRows={4}
        maxLength={10000}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" variant={c.investigation ? 'default' : 'filled'} loading={investigate.isPending} disabled={!notes.trim()}>
          {t(c.investigation ? 'complaints.investigate.update' : 'complaints.investigate.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
