import { Button, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/field-errors';
import type { QualityRep, QualityRepInput } from '../api/types';

type Props = {
  rep?: QualityRep;
  /** null inside a dialog, whose title names the form. */
  headingOrder: 2 | null;
  pending: boolean;
  error: unknown;
  onSubmit: (input: QualityRepInput) => void;
  onCancel?: () => void;
};

/** The admin's form for one quality representative, or the central quality manager. */
export function RepForm({ rep, headingOrder, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [v, setV] = useState<QualityRepInput>(
    rep
      ? {
          department: rep.department,
          name: rep.name,
          email: rep.email,
          phone: rep.phone,
          centralManager: rep.centralManager,
          active: rep.active,
        }
      : { department: '', name: '', email: '', phone: null, centralManager: false, active: true },
  );
  const set = <K extends keyof QualityRepInput>(key: K, value: QualityRepInput[K]) => setV((old) => ({ ...old, [key]: value }));
  const server = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ ...v, department: v.department.trim(), name: v.name.trim(), email: v.email.trim(), phone: v.phone?.trim() || null });
  };
  return (
    <Stack
      component="form"
      onSubmit={submit}
      gap="sm"
      aria-labelledby={headingOrder ? headingId : undefined}
      aria-label={headingOrder ? undefined : t('qualityReps.form.editTitle')}
    >
      {headingOrder && (
        <Title order={headingOrder} size="h4" id={headingId}>
          {t('qualityReps.form.addTitle')}
        </Title>
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('qualityReps.field.department')}
          description={t('qualityReps.form.departmentHint')}
          required
          maxLength={200}
          value={v.department}
          onChange={(e) => set('department', e.currentTarget.value)}
          error={server.department}
        />
        <TextInput
          label={t('qualityReps.field.name')}
          required
          maxLength={200}
          value={v.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={server.name}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          type="email"
          label={t('qualityReps.field.email')}
          required
          maxLength={320}
          value={v.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={server.email}
        />
        <TextInput
          type="tel"
          label={t('qualityReps.field.phone')}
          maxLength={50}
          value={v.phone ?? ''}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={server.phone}
        />
      </Group>
      <Checkbox
        label={t('qualityReps.field.centralManager')}
        description={t('qualityReps.form.centralHint')}
        checked={v.centralManager}
        onChange={(e) => set('centralManager', e.currentTarget.checked)}
      />
      <Checkbox
        label={t('qualityReps.field.active')}
        description={t('qualityReps.form.activeHint')}
        checked={v.active}
        onChange={(e) => set('active', e.currentTarget.checked)}
      />
      <Group>
        <Button type="submit" loading={pending} disabled={!v.department.trim() || !v.name.trim() || !v.email.trim()}>
          {rep ? t('qualityReps.form.save') : t('qualityReps.form.add')}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('qualityReps.form.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
