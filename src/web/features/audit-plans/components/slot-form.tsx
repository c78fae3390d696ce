import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/field-errors';
import { pickLocale } from '../../../lib/format';
import { type CriterionOption, PLAN_STAGES, type PlanSlot, type PlanStage, type SlotInput } from '../api/types';
import { dayOf, timeOf, toInstant } from '../plan-format';

const OTHER = '__other__';

type Props = {
  auditors: { id: string; name: string }[];
  criteria: CriterionOption[];
  /** The slot to change; a new one when absent. */
  slot?: PlanSlot;
  /** The form's heading level where it sits; null inside a dialog, whose title names it. */
  headingOrder: 3 | null;
  pending: boolean;
  /** The last failed answer, to show the server's message beside its field. */
  error: unknown;
  onSubmit: (input: SlotInput) => void;
  onCancel?: () => void;
};

type State = {
  date: string;
  from: string;
  to: string;
  stage: PlanStage | null;
  department: string;
  site: string;
  process: string;
  auditor: string;
  auditorName: string;
  interviewees: string;
  criterionIds: string[];
  note: string;
};

function initial(slot: PlanSlot | undefined, auditors: Props['auditors']): State {
  if (!slot)
    return {
      date: '',
      from: '09:00',
      to: '10:00',
      stage: null,
      department: '',
      site: '',
      process: '',
      auditor: auditors[0]?.id ?? OTHER,
      auditorName: '',
      interviewees: '',
      criterionIds: [],
      note: '',
    };
  const known = slot.auditorUserId && auditors.some((a) => a.id === slot.auditorUserId);
  return {
    date: dayOf(slot.startsAt),
    from: timeOf(slot.startsAt),
    to: timeOf(slot.endsAt),
    stage: slot.stage,
    department: slot.department,
    site: slot.site,
    process: slot.process,
    auditor: known ? slot.auditorUserId! : OTHER,
    auditorName: known ? '' : slot.auditorName,
    interviewees: slot.interviewees,
    criterionIds: slot.criteria.map((c) => c.id),
    note: slot.note,
  };
}

/** The certifier's form for one slot of the audit plan. */
export function SlotForm({ auditors, criteria, slot, headingOrder, pending, error, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [v, setV] = useState<State>(() => initial(slot, auditors));
  const set = <K extends keyof State>(key: K, value: State[K]) => setV((old) => ({ ...old, [key]: value }));
  const server = fieldErrors(error);
  const endBeforeStart = v.from !== '' && v.to !== '' && v.to <= v.from;
  const other = v.auditor === OTHER;
  const complete = v.date && v.from && v.to && v.department.trim() && (!other || v.auditorName.trim());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      stage: v.stage,
      startsAt: toInstant(v.date, v.from),
      endsAt: toInstant(v.date, v.to),
      department: v.department.trim(),
      site: v.site.trim(),
      process: v.process.trim(),
      auditorUserId: other ? null : v.auditor,
      ...(other ? { auditorName: v.auditorName.trim() } : {}),
      interviewees: v.interviewees.trim(),
      criterionIds: v.criterionIds,
      note: v.note.trim(),
    });
  };

  return (
    <Stack
      component="form"
      onSubmit={submit}
      gap="sm"
      aria-labelledby={headingOrder ? headingId : undefined}
      aria-label={headingOrder ? undefined : t('auditPlans.form.editTitle')}
    >
      {headingOrder && (
        <Title order={headingOrder} size="h4" id={headingId}>
          {slot ? t('auditPlans.form.editTitle') : t('auditPlans.form.addTitle')}
        </Title>
      )}
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('auditPlans.field.date')}
          required
          value={v.date}
          onChange={(e) => set('date', e.currentTarget.value)}
          error={server.startsAt}
        />
        <TextInput
          type="time"
          label={t('auditPlans.field.from')}
          required
          value={v.from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TextInput
          type="time"
          label={t('auditPlans.field.to')}
          required
          value={v.to}
          onChange={(e) => set('to', e.currentTarget.value)}
          error={endBeforeStart ? t('auditPlans.form.endBeforeStart') : server.endsAt}
        />
        <Select
          label={t('auditPlans.field.stage')}
          clearable
          placeholder={t('auditPlans.form.noStage')}
          data={PLAN_STAGES.map((s) => ({ value: s, label: t(`auditPlans.stage.${s}`) }))}
          value={v.stage}
          onChange={(value) => set('stage', (value as PlanStage | null) ?? null)}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('auditPlans.field.department')}
          description={t('auditPlans.form.departmentHint')}
          required
          maxLength={200}
          value={v.department}
          onChange={(e) => set('department', e.currentTarget.value)}
          error={server.department}
        />
        <TextInput
          label={t('auditPlans.field.site')}
          description={t('auditPlans.form.siteHint')}
          maxLength={200}
          value={v.site}
          onChange={(e) => set('site', e.currentTarget.value)}
        />
        <TextInput
          label={t('auditPlans.field.process')}
          maxLength={200}
          value={v.process}
          onChange={(e) => set('process', e.currentTarget.value)}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('auditPlans.field.auditor')}
          required
          allowDeselect={false}
          data={[...auditors.map((a) => ({ value: a.id, label: a.name })), { value: OTHER, label: t('auditPlans.form.otherAuditor') }]}
          value={v.auditor}
          onChange={(value) => set('auditor', value ?? OTHER)}
          error={server.auditorUserId}
        />
        {other && (
          <TextInput
            label={t('auditPlans.field.auditorName')}
            required
            maxLength={200}
            value={v.auditorName}
            onChange={(e) => set('auditorName', e.currentTarget.value)}
            error={server.auditorName}
          />
        )}
      </Group>
      <Textarea
        label={t('auditPlans.field.interviewees')}
        autosize
        minRows={1}
        maxLength={2000}
        value={v.interviewees}
        onChange={(e) => set('interviewees', e.currentTarget.value)}
      />
      <MultiSelect
        label={t('auditPlans.field.criteria')}
        description={t('auditPlans.form.criteriaHint')}
        searchable
        clearable
        maxDropdownHeight={280}
        nothingFoundMessage={t('auditPlans.form.noCriterion')}
        data={criteria.map((c) => ({
          value: c.id,
          label: `${c.reference ? `${c.reference} – ` : ''}${pickLocale(c.title, i18n.language)}`,
        }))}
        value={v.criterionIds}
        onChange={(value) => set('criterionIds', value)}
        error={server.criterionIds}
      />
      <Textarea
        label={t('auditPlans.field.note')}
        autosize
        minRows={1}
        maxLength={5000}
        value={v.note}
        onChange={(e) => set('note', e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={pending} disabled={!complete || endBeforeStart}>
          {slot ? t('auditPlans.form.save') : t('auditPlans.form.add')}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('auditPlans.form.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
