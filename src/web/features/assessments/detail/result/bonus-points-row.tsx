import { Button, Group, NumberInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BonusProject } from '../../api/types';
import { useAwardBonus } from '../../api/use-award-bonus';

export function BonusPointsRow({ assessmentId, project }: { assessmentId: string; project: BonusProject }) {
  const { t } = useTranslation();
  const award = useAwardBonus(assessmentId);
  const [points, setPoints] = useState<number | string>(project.pointsAwarded ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    award.mutate({ projectId: project.id, pointsAwarded: points === '' ? null : Number(points) });
  };
  return (
    <form onSubmit={submit} aria-label={project.title}>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('assessments.score.bonusPointsFor', { project: project.title })}
          min={0}
          max={100}
          decimalScale={2}
          decimalSeparator=","
          value={points}
          onChange={setPoints}
          w={320}
        />
        <Button type="submit" variant="outline" loading={award.isPending}>
          {t('assessments.score.saveBonus')}
        </Button>
      </Group>
    </form>
  );
}
