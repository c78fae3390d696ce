import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveAction, Effectiveness } from '../api/types';
import { useCheckEffectiveness } from '../api/use-check-effectiveness';

/** The certifier's effectiveness check of a done action; "not effective" needs a reason. */
export function EffectivenessForm({ action }: { action: CorrectiveAction }) {
  const { t } = useTranslation();
  const check = useCheckEffectiveness();
  const labelId = useId();
  const [verdict, setVerdict] = useState<Effectiveness | ''>(action.effectiveness ?? '');
  const [note, setNote] = useState(action.effectivenessNote ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (verdict) check.mutate({ actionId: action.id, effectiveness: verdict, note: note.trim() });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <Radio.Group
        label={t('findings.effectiveness.title')}
        value={verdict}
        onChange={(v) => setVerdict(v as Effectiveness)}
        required
        id={labelId}
      >
        <Group mt={4}>
          <Radio value="effective" label={t('findings.effectiveness.effective')} />
          <Radio value="not_effective" label={t('findings.effectiveness.not_effective')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('findings.effectiveness.note')}
        required={verdict === 'not_effective'}
        autosize
        minRows={1}
        maxLength={5000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" size="sm" loading={check.isPending} disabled={!verdict || (verdict === 'not_effective' && !note.trim())}>
          {t('findings.effectiveness.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
