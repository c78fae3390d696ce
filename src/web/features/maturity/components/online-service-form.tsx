import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OZG_LEVELS, type OnlineService, type OnlineServiceInput } from '../api/types';
import { useAddOnlineService } from '../api/use-add-online-service';
import { useUpdateOnlineService } from '../api/use-update-online-service';

/** Adds or corrects one online service as the municipality states it. */
export function OnlineServiceForm({
  assessmentId,
  service,
  onDone,
}: {
  assessmentId: string;
  service: OnlineService | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddOnlineService(assessmentId, onDone);
  const update = useUpdateOnlineService(assessmentId, onDone);
  const mutation = service ? update : add;
  const [name, setName] = useState(service?.name ?? '');
  const [leikaKey, setLeikaKey] = useState(service?.leikaKey ?? '');
  const [url, setUrl] = useState(service?.url ?? '');
  const [statedLevel, setStatedLevel] = useState(String(service?.statedLevel ?? 3));
  const leikaInvalid = leikaKey.trim() !== '' && !/^\d{14}$/.test(leikaKey.trim());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (leikaInvalid) return;
    const body: OnlineServiceInput = {
      name: name.trim(),
      leikaKey: leikaKey.trim() || null,
      url: url.trim() || null,
      statedLevel: Number(statedLevel),
    };
    if (service) update.mutate({ id: service.id, body });
    else add.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('maturity.services.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={300}
          data-autofocus
        />
        <TextInput
          label={t('maturity.services.leikaKey')}
          description={t('maturity.services.leikaKeyHint')}
          value={leikaKey}
          onChange={(e) => setLeikaKey(e.currentTarget.value)}
          inputMode="numeric"
          maxLength={14}
          error={leikaInvalid ? t('maturity.services.leikaKeyInvalid') : undefined}
        />
        <TextInput
          label={t('maturity.services.url')}
          description={t('maturity.services.urlHint')}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          maxLength={2000}
        />
        <NativeSelect
          label={t('maturity.services.statedLevel')}
          value={statedLevel}
          onChange={(e) => setStatedLevel(e.currentTarget.value)}
          data={OZG_LEVELS.map((l) => ({ value: String(l), label: t(`maturity.services.ozg.${l}`) }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('maturity.services.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={name.trim() === ''}>
            {t('maturity.services.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
