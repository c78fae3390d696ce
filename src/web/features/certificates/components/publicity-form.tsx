import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAQUE_STATUSES, type Certificate, type PlaqueStatus } from '../api/types';
import { useUpdatePublicity } from '../api/use-update-publicity';

/** Step 6 for the certifier: handover date and form, plaque status. */
export function PublicityForm({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const update = useUpdatePublicity(certificate.id);
  const [handoverOn, setHandoverOn] = useState(certificate.handoverOn ?? '');
  const [handoverForm, setHandoverForm] = useState(certificate.handoverForm ?? '');
  const [plaqueStatus, setPlaqueStatus] = useState<PlaqueStatus>(certificate.plaqueStatus);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ handoverOn: handoverOn || null, handoverForm: handoverForm.trim() || null, plaqueStatus });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="publicity-heading">
      <Title order={2} size="h3" id="publicity-heading">
        {t('certificates.publicityTitle')}
      </Title>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('certificates.handoverOn')}
          value={handoverOn}
          onChange={(e) => setHandoverOn(e.currentTarget.value)}
        />
        <TextInput
          label={t('certificates.handoverForm')}
          value={handoverForm}
          onChange={(e) => setHandoverForm(e.currentTarget.value)}
          maxLength={300}
        />
      </Group>
      <NativeSelect
        label={t('certificates.plaqueStatusLabel')}
        value={plaqueStatus}
        onChange={(e) => setPlaqueStatus(e.currentTarget.value as PlaqueStatus)}
        data={PLAQUE_STATUSES.map((s) => ({ value: s, label: t(`certificates.plaque.${s}`) }))}
        maw={320}
      />
      <Group>
        <Button type="submit" loading={update.isPending}>
          {t('certificates.savePublicity')}
        </Button>
      </Group>
    </Stack>
  );
}
