import { Button, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocale } from '../../../lib/format';
import { FINDING_GRADES, type Finding, type FindingCriterion, type FindingGrade, type FindingInput } from '../api/types';

type Props = {
  criteria: FindingCriterion[];
  /** The form's heading level where it sits: 3 on its own, 5 inside a finding. */
  headingOrder: 3 | 5;
  /** The finding to edit; a new one when absent. */
  finding?: Finding;
  pending: boolean;
  onSubmit: (input: FindingInput) => void;
  onCancel?: () => void;
};

const EMPTY: FindingInput = { criterionId: '', grade: 'minor', description: '', evidence: '', rootCause: '', internalNote: '' };

/** The certifier's form for a finding: criterion, grade, description, evidence, root cause, internal note. */
export function FindingForm({ criteria, headingOrder, finding, pending, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [value, setValue] = useState<FindingInput>(
    finding
      ? {
          criterionId: finding.criterionId,
          grade: finding.grade,
          description: finding.description,
          evidence: finding.evidence,
          rootCause: finding.rootCause,
          internalNote: finding.internalNote ?? '',
        }
      : EMPTY,
  );
  const set = <K extends keyof FindingInput>(key: K, v: FindingInput[K]) => setValue((old) => ({ ...old, [key]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ ...value, description: value.description.trim() });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby={headingId}>
      <Title order={headingOrder} size="h5" id={headingId}>
        {finding ? t('findings.form.editTitle') : t('findings.form.createTitle')}
      </Title>
      <Group grow align="flex-start">
        <Select
          label={t('findings.criterion')}
          required
          searchable
          data={criteria.map((c) => ({
            value: c.id,
            label: c.reference ? `${c.reference} – ${pickLocale(c.title, i18n.language)}` : pickLocale(c.title, i18n.language),
          }))}
          value={value.criterionId || null}
          onChange={(v) => set('criterionId', v ?? '')}
          nothingFoundMessage={t('findings.form.noCriterion')}
        />
        <Select
          label={t('findings.gradeLabel')}
          required
          allowDeselect={false}
          data={FINDING_GRADES.map((g) => ({ value: g, label: t(`findings.grade.${g}`) }))}
          value={value.grade}
          onChange={(v) => set('grade', (v ?? 'minor') as FindingGrade)}
        />
      </Group>
      <Textarea
        label={t('findings.description')}
        required
        autosize
        minRows={2}
        maxLength={10000}
        value={value.description}
        onChange={(e) => set('description', e.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <Textarea
          label={t('findings.evidence')}
          autosize
          minRows={2}
          maxLength={10000}
          value={value.evidence}
          onChange={(e) => set('evidence', e.currentTarget.value)}
        />
        <Textarea
          label={t('findings.rootCause')}
          autosize
          minRows={2}
          maxLength={10000}
          value={value.rootCause}
          onChange={(e) => set('rootCause', e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('findings.internalNote')}
        description={t('findings.internalNoteHint')}
        autosize
        minRows={2}
        maxLength={10000}
        value={value.internalNote}
        onChange={(e) => set('internalNote', e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={pending} disabled={!value.criterionId || !value.description.trim()}>
          {finding ? t('findings.form.save') : t('findings.form.create')}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('findings.form.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
