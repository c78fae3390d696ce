import { Button, Fieldset, Group, Modal, NativeSelect, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, pickLocale } from '../../../lib/format';
import type { MaturityView, SelfAssessmentInput } from '../api/types';
import { useSaveSelfAssessment } from '../api/use-save-self-assessment';
import { useSubmitSelfAssessment } from '../api/use-submit-self-assessment';
import { scaleLabel } from '../maturity-format';

const PERSPECTIVES = ['outside', 'inside'] as const;

type Draft = Record<string, { level: string; comment: string }>;

/** The municipality rates each dimension (level with its description, comment) and states both budgets. */
export function SelfAssessmentForm({ assessmentId, view }: { assessmentId: string; view: MaturityView }) {
  const { t, i18n } = useTranslation();
  const save = useSaveSelfAssessment(assessmentId);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitSelfAssessment(assessmentId, () => setConfirming(false));
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      view.selfAssessment.criteria.map((c) => [c.criterionId, { level: c.level === null ? '' : String(c.level), comment: c.comment }]),
    ),
  );
  const [digital, setDigital] = useState<number | string>(view.selfAssessment.digitalBudgetEuro ?? '');
  const [total, setTotal] = useState<number | string>(view.selfAssessment.totalBudgetEuro ?? '');

  const amount = (v: number | string) => (v === '' ? null : Number(v));
  const body = (): SelfAssessmentInput => ({
    criteria: Object.entries(draft).map(([criterionId, d]) => ({
      criterionId,
      level: d.level === '' ? null : Number(d.level),
      comment: d.comment,
    })),
    digitalBudgetEuro: amount(digital),
    totalBudgetEuro: amount(total),
  });
  const share = amount(digital) !== null && (amount(total) ?? 0) > 0 ? amount(digital)! / amount(total)! : null;
  const set = (criterionId: string, patch: Partial<Draft[string]>) =>
    setDraft((d) => ({ ...d, [criterionId]: { level: '', comment: '', ...d[criterionId], ...patch } }));
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(body());
  };
  // Submitting saves the form first, so what the municipality sees is what it submits.
  const onConfirm = () => save.mutate(body(), { onSuccess: () => submit.mutate() });

  return (
    <form onSubmit={onSave}>
      <Stack>
        <Text>{t('maturity.self.intro')}</Text>
        {PERSPECTIVES.map((perspective) => (
          <Fieldset key={perspective} legend={t(`maturity.perspective.${perspective}`)}>
            <Text size="sm" c="gray.8" mb="sm">
              {t(`maturity.perspectiveHint.${perspective}`)}
            </Text>
            <Stack>
              {view.dimensions
                .filter((d) => d.perspective === perspective)
                .flatMap((d) => d.criteria)
                .map((c) => {
                  const title = pickLocale(c.title, i18n.language);
                  const levels = Array.from({ length: c.maxLevel + 1 }, (_, level) => ({
                    value: String(level),
                    label: scaleLabel(t, level),
                  }));
                  return (
                    <Paper key={c.id} withBorder p="sm">
                      <Stack gap="xs">
                        <NativeSelect
                          label={t('maturity.self.levelLabel', { dimension: title })}
                          description={c.guidingQuestions.map((q) => pickLocale(q, i18n.language)).join(' ')}
                          value={draft[c.id]?.level ?? ''}
                          onChange={(e) => set(c.id, { level: e.currentTarget.value })}
                          data={[{ value: '', label: t('common.choose') }, ...levels]}
                        />
                        <Textarea
                          label={t('maturity.self.commentLabel', { dimension: title })}
                          value={draft[c.id]?.comment ?? ''}
                          onChange={(e) => set(c.id, { comment: e.currentTarget.value })}
                          maxLength={5000}
                          autosize
                          minRows={1}
                        />
                      </Stack>
                    </Paper>
                  );
                })}
            </Stack>
          </Fieldset>
        ))}
        <Fieldset legend={t('maturity.self.budget')}>
          <Group align="flex-start" grow>
            <NumberInput
              label={t('maturity.self.digitalBudget')}
              description={t('maturity.self.digitalBudgetHint')}
              value={digital}
              onChange={setDigital}
              min={0}
              decimalScale={2}
              thousandSeparator="."
              decimalSeparator=","
              suffix=" €"
            />
            <NumberInput
              label={t('maturity.self.totalBudget')}
              value={total}
              onChange={setTotal}
              min={0}
              decimalScale={2}
              thousandSeparator="."
              decimalSeparator=","
              suffix=" €"
            />
          </Group>
          <Text mt="sm" aria-live="polite">
            {share === null
              ? t('maturity.self.budgetShareUnknown')
              : t('maturity.self.budgetShare', { share: formatPercent(share, i18n.language) })}
          </Text>
        </Fieldset>
        <Group>
          <Button type="submit" variant="outline" loading={save.isPending && !confirming}>
            {t('maturity.self.save')}
          </Button>
          {view.permissions.submitSelfAssessment && <Button onClick={() => setConfirming(true)}>{t('maturity.self.submit')}</Button>}
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('maturity.self.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('maturity.self.confirmText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('maturity.self.cancel')}
            </Button>
            <Button onClick={onConfirm} loading={save.isPending || submit.isPending}>
              {t('maturity.self.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
