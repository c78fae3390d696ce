import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OZG_LEVELS, type OnlineService } from '../api/types';
import { useCheckOnlineService } from '../api/use-check-online-service';

/** The auditor records the OZG level actually found for a service, with a note. */
export function OnlineServiceCheckForm({
  assessmentId,
  service,
  onDone,
}: {
  assessmentId: string;
  service: OnlineService;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const check = useCheckOnlineService(assessmentId, onDone);
  const [level, setLevel] = useState(String(service.checkedLevel ?? service.statedLevel));
  const [note, setNote] = useState(service.note ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    check.mutate({ id: service.id, checkedLevel: Number(level), note });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text>
          {t('maturity.services.statedLevel')}: {t(`maturity.services.ozg.${service.statedLevel}`)}
        </Text>
        <NativeSelect
          label={t('maturity.services.checkedLevel')}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value)}
          data={OZG_LEVELS.map((l) => ({ value: String(l), label: t(`maturity.services.ozg.${l}`) }))}
          data-autofocus
        />
        <Textarea
          label={t('maturity.services.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={5000}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('maturity.services.cancel')}
          </Button>
          <Button type="submit" loading={check.isPending}>
            {t('maturity.services.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
