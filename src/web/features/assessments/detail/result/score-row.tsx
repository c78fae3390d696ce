import { Button, Checkbox, Fieldset, Group, NumberInput, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRate, pickLocale } from '../../../../lib/format';
import type { CatalogCriterion, MeasuredEvidence, Score } from '../../api/types';
import { type ScoreBody, useScoreCriterion } from '../../api/use-score-criterion';
import { criterionLabel, maxMaturityLevel, scoreKind } from '../catalog-helpers';

const CONFORMITY = ['conform', 'observation', 'improvement', 'minor', 'major'] as const;

type Props = { assessmentId: string; criterion: CatalogCriterion; score: Score | null; missing: boolean; measured?: MeasuredEvidence[] };

/** One criterion's score, with the input its kind needs; a fieldset named after the criterion. */
export function ScoreRow({ assessmentId, criterion, score, missing, measured = [] }: Props) {
  const { t, i18n } = useTranslation();
  const save = useScoreCriterion(assessmentId);
  const kind = scoreKind(criterion);
  const [notApplicable, setNotApplicable] = useState(score?.notApplicable ?? false);
  const [points, setPoints] = useState<number | string>(score?.points ?? '');
  const [grade, setGrade] = useState<string | null>(score?.grade ? String(score.grade) : null);
  const [deviation, setDeviation] = useState<number | string>(
    score?.deviationRate !== null && score?.deviationRate !== undefined ? Math.round(score.deviationRate * 1000) / 10 : '',
  );
  const [level, setLevel] = useState<number | string>(score?.maturityLevel ?? '');
  const [conformity, setConformity] = useState<string | null>(score?.conformity ?? null);
  const [comment, setComment] = useState(score?.comment ?? '');

  const num = (v: number | string) => (v === '' || v === null ? null : Number(v));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: ScoreBody = { notApplicable, comment: comment.trim() || null };
    if (!notApplicable) {
      if (kind === 'points') body.points = num(points);
      if (kind === 'graded') {
        body.grade = grade ? (Number(grade) as 1 | 2 | 3) : null;
        const d = num(deviation);
        if (criterion.measured) body.deviationRate = d === null ? null : d / 100;
      }
      if (kind === 'maturity') body.maturityLevel = num(level);
      if (kind === 'conformity') body.conformity = conformity as ScoreBody['conformity'];
    }
    save.mutate({ criterionId: criterion.id, score: body });
  };

  const max = criterion.maxPoints ?? 0;
  return (
    <form onSubmit={submit}>
      <Fieldset legend={criterionLabel(criterion, pickLocale(criterion.title, i18n.language))}>
        <Group align="flex-end" gap="sm">
          {kind === 'points' && (
            <NumberInput
              label={t('assessments.score.points', { max })}
              min={0}
              max={max}
              step={1}
              decimalScale={2}
              decimalSeparator=","
              clampBehavior="strict"
              value={points}
              onChange={setPoints}
              disabled={notApplicable}
              w={150}
            />
          )}
          {kind === 'graded' && (
            <>
              <NativeSelect
                label={t('assessments.score.grade')}
                value={grade ?? ''}
                onChange={(e) => setGrade(e.currentTarget.value || null)}
                disabled={notApplicable}
                data={[
                  { value: '', label: t('common.choose') },
                  ...['1', '2', '3'].map((g) => ({ value: g, label: t(`assessments.score.grades.${g}`) })),
                ]}
                w={260}
              />
              {criterion.measured && (
                <NumberInput
                  label={t('assessments.score.deviationRate')}
                  min={0}
                  max={100}
                  decimalScale={1}
                  decimalSeparator=","
                  suffix=" %"
                  value={deviation}
                  onChange={setDeviation}
                  disabled={notApplicable}
                  w={170}
                />
              )}
            </>
          )}
          {kind === 'maturity' && (
            <NumberInput
              label={t('assessments.score.maturityLevel', { max: maxMaturityLevel(criterion) })}
              min={0}
              max={maxMaturityLevel(criterion)}
              allowDecimal={false}
              value={level}
              onChange={setLevel}
              disabled={notApplicable}
              w={170}
            />
          )}
          {kind === 'conformity' && (
            <NativeSelect
              label={t('assessments.score.conformity')}
              value={conformity ?? ''}
              onChange={(e) => setConformity(e.currentTarget.value || null)}
              disabled={notApplicable}
              data={[
                { value: '', label: t('common.choose') },
                ...CONFORMITY.map((c) => ({ value: c, label: t(`assessments.score.conformities.${c}`) })),
              ]}
              w={260}
            />
          )}
          <TextInput
            label={t('assessments.score.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={5000}
            style={{ flex: 1, minWidth: 180 }}
          />
          <Checkbox
            label={t('assessments.score.notApplicable')}
            checked={notApplicable}
            onChange={(e) => setNotApplicable(e.currentTarget.checked)}
            mb={8}
          />
          <Button type="submit" variant="outline" loading={save.isPending}>
            {t('assessments.score.save')}
          </Button>
        </Group>
        {kind === 'graded' && criterion.measured && measured.length > 0 && (
          <Stack gap={2} mt={6}>
            {measured.map((m) => {
              const period = { date: formatDate(m.computedAt), from: formatDate(m.periodFrom), to: formatDate(m.periodTo) };
              const rate = formatRate(m.deviationRate, i18n.language);
              return (
                <Group key={m.id} gap="xs" wrap="nowrap">
                  <Text size="sm" c="gray.8">
                    {m.deviationRate === null
                      ? t('figures.evidence.scoreHintNoRate', { cases: m.cases, ...period })
                      : t('figures.evidence.scoreHint', { rate, ...period })}
                  </Text>
                  {m.deviationRate !== null && !notApplicable && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      onClick={() => setDeviation(Math.round(m.deviationRate! * 1000) / 10)}
                      aria-label={t('figures.evidence.adoptLabel', { rate })}
                    >
                      {t('figures.evidence.adopt')}
                    </Button>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
        {missing && (
          <Text size="sm" c="red.9" mt={4}>
            {t('assessments.score.missing')}
          </Text>
        )}
      </Fieldset>
    </form>
  );
}
