import { Checkbox, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { promiseLabel } from '../../../lib/service-terms';
import { type ComplaintFields, type ComplaintType, TYPES } from '../api/types';

export type FieldValues = {
  type: ComplaintType;
  anonymous: boolean;
  consent: boolean;
  name: string;
  email: string;
  phone: string;
  description: string;
  remedy: string;
  promiseId: string;
};

export const emptyFields: FieldValues = {
  type: 'complaint',
  anonymous: false,
  consent: false,
  name: '',
  email: '',
  phone: '',
  description: '',
  remedy: '',
  promiseId: '',
};

export const hasContact = (v: FieldValues) => !v.anonymous && Boolean(v.name.trim() || v.email.trim() || v.phone.trim());

/** The request body: contact data only when not anonymous, empty fields left out. */
export function toBody(v: FieldValues): ComplaintFields {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const contact = v.anonymous ? {} : { complainantName: opt(v.name), complainantEmail: opt(v.email), complainantPhone: opt(v.phone) };
  const body = {
    type: v.type,
    anonymous: v.anonymous,
    consent: !v.anonymous && v.consent,
    description: v.description.trim(),
    remedySought: opt(v.remedy),
    promiseId: opt(v.promiseId),
    ...contact,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as ComplaintFields;
}

type Props = {
  value: FieldValues;
  onChange: (v: FieldValues) => void;
  promises: { id: string; number: number | null; title: string }[];
  /** Shown under the consent box when the form was sent without it. */
  consentError?: string | null;
};

/** The fields a complaint has, whoever records it: staff entering a call or the public form. */
export function ComplaintFieldsInput({ value: v, onChange, promises, consentError }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<FieldValues>) => onChange({ ...v, ...patch });
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('complaints.fields.type')}
        value={v.type}
        onChange={(e) => set({ type: e.currentTarget.value as ComplaintType })}
        data={TYPES.map((k) => ({ value: k, label: t(`complaints.type.${k}`) }))}
        maw={320}
      />
      <Textarea
        label={t('complaints.fields.description')}
        description={t('complaints.fields.descriptionHint')}
        required
        autosize
        minRows={5}
        maxLength={5000}
        value={v.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
      />
      <Textarea
        label={t('complaints.fields.remedy')}
        autosize
        minRows={2}
        maxLength={2000}
        value={v.remedy}
        onChange={(e) => set({ remedy: e.currentTarget.value })}
      />
      {promises.length > 0 && (
        <NativeSelect
          label={t('complaints.fields.promise')}
          value={v.promiseId}
          onChange={(e) => set({ promiseId: e.currentTarget.value })}
          data={[{ value: '', label: t('complaints.fields.noPromise') }, ...promises.map((p) => ({ value: p.id, label: promiseLabel(p) }))]}
        />
      )}
      <Checkbox
        label={t('complaints.fields.anonymous')}
        description={t('complaints.fields.anonymousHint')}
        checked={v.anonymous}
        onChange={(e) => set({ anonymous: e.currentTarget.checked })}
      />
      {!v.anonymous && (
        <Stack gap="sm">
          <TextInput
            label={t('complaints.fields.name')}
            autoComplete="name"
            maxLength={200}
            value={v.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <TextInput
            label={t('complaints.fields.email')}
            type="email"
            autoComplete="email"
            maxLength={320}
            value={v.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
          />
          <TextInput
            label={t('complaints.fields.phone')}
            type="tel"
            autoComplete="tel"
            maxLength={50}
            value={v.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            maw={320}
          />
          {/* checked by the page on submit, so the message is ours (and in German), not the browser's */}
          <Checkbox
            label={t('complaints.fields.consent')}
            checked={v.consent}
            onChange={(e) => set({ consent: e.currentTarget.checked })}
            error={consentError ? <span role="alert">{consentError}</span> : undefined}
          />
        </Stack>
      )}
    </Stack>
  );
}
