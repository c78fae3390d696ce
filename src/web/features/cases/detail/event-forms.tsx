import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, ExclusionReason, Pilot } from '../api/types';
import { type CaseEventBody, useAddCaseEvent } from '../api/use-add-case-event';

export const EXCLUSION_REASONS: ExclusionReason[] = ['withdrawn', 'later_date_requested', 'not_responsible', 'other'];

const today = () => dayjs().format('YYYY-MM-DD');

type FormProps = { detail: CaseDetail; onDone: () => void };

/** One small form per step; each appends one event to the case's log. */
function EventForm({
  detail,
  onDone,
  body,
  valid,
  submitLabel,
  children,
}: FormProps & { body: () => CaseEventBody; valid: boolean; submitLabel: string; children: ReactNode }) {
  const add = useAddCaseEvent(detail.id, onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) add.mutate(body());
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      {children}
      <Group justify="flex-end">
        <Button type="submit" loading={add.isPending} disabled={!valid}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function DateField({ label, value, onChange, min }: { label: string; value: string; onChange: (v: string) => void; min: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="date"
      label={label}
      description={t('cases.action.dateHint')}
      required
      value={value}
      min={min}
      max={today()}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

export function PauseForm(props: FormProps) {
  const { t } = useTranslation();
  const [onDate, setOnDate] = useState(today);
  const [reason, setReason] = useState('');
  return (
    <EventForm
      {...props}
      body={() => ({ kind: 'paused', onDate, reason: reason.trim() })}
      valid={Boolean(onDate && reason.trim())}
      submitLabel={t('cases.action.pause.submit')}
    >
      <Text size="sm">{t('cases.action.pause.hint')}</Text>
      <DateField label={t('cases.action.pause.onDate')} value={onDate} onChange={setOnDate} min={props.detail.receivedOn} />
      <Textarea
        label={t('cases.action.pause.reason')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </EventForm>
  );
}

export function ResumeForm(props: FormProps) {
  const { t } = useTranslation();
  const [onDate, setOnDate] = useState(today);
  const pausedSince = props.detail.pauses.at(-1)?.from ?? props.detail.receivedOn;
  return (
    <EventForm {...props} body={() => ({ kind: 'resumed', onDate })} valid={Boolean(onDate)} submitLabel={t('cases.action.resume.submit')}>
      <DateField label={t('cases.action.resume.onDate')} value={onDate} onChange={setOnDate} min={pausedSince} />
    </EventForm>
  );
}

export function FulfilForm(props: FormProps) {
  const { t } = useTranslation();
  const [onDate, setOnDate] = useState(today);
  const [note, setNote] = useState('');
  return (
    <EventForm
      {...props}
      body={() => ({ kind: 'fulfilled', onDate, ...(note.trim() && { note: note.trim() }) })}
      valid={Boolean(onDate)}
      submitLabel={t('cases.action.fulfil.submit')}
    >
      <DateField label={t('cases.action.fulfil.onDate')} value={onDate} onChange={setOnDate} min={props.detail.receivedOn} />
      <Textarea
        label={t('cases.action.note')}
        autosize
        minRows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </EventForm>
  );
}

export function ReopenForm(props: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <EventForm
      {...props}
      body={() => ({ kind: 'reopened', reason: reason.trim() })}
      valid={Boolean(reason.trim())}
      submitLabel={t('cases.action.reopen.submit')}
    >
      <Text size="sm">{t('cases.action.reopen.hint')}</Text>
      <Textarea
        label={t('cases.action.reopen.reason')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </EventForm>
  );
}

export function ExcludeForm(props: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ExclusionReason | ''>('');
  const [note, setNote] = useState('');
  return (
    <EventForm
      {...props}
      body={() => ({ kind: 'excluded', reason: reason as ExclusionReason, ...(note.trim() && { note: note.trim() }) })}
      valid={reason !== ''}
      submitLabel={t('cases.action.exclude.submit')}
    >
      <Text size="sm">{t('cases.action.exclude.hint')}</Text>
      <NativeSelect
        label={t('cases.action.exclude.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value as ExclusionReason | '')}
        data={[
          { value: '', label: t('common.choose') },
          ...EXCLUSION_REASONS.map((r) => ({ value: r, label: t(`cases.exclusionReason.${r}`) })),
        ]}
      />
      <Textarea
        label={t('cases.action.note')}
        autosize
        minRows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </EventForm>
  );
}

export function AssignForm({ pilots, ...props }: FormProps & { pilots: Pilot[] }) {
  const { t } = useTranslation();
  const [pilotId, setPilotId] = useState(props.detail.pilotId ?? '');
  // an inactive pilot stays selectable only while the case still names them
  const options = pilots.filter((p) => p.active || p.id === props.detail.pilotId);
  return (
    <EventForm
      {...props}
      body={() => ({ kind: 'assigned', pilotId: pilotId || null })}
      valid={pilotId !== (props.detail.pilotId ?? '')}
      submitLabel={t('cases.action.assign.submit')}
    >
      <NativeSelect
        label={t('cases.field.pilot')}
        value={pilotId}
        onChange={(e) => setPilotId(e.currentTarget.value)}
        data={[{ value: '', label: t('cases.noPilot') }, ...options.map((p) => ({ value: p.id, label: p.name }))]}
      />
    </EventForm>
  );
}
