import { Button, Fieldset, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDecimal, formatRate } from '../../../../lib/format';
import type { MeasuredEvidence } from '../../api/types';
import { useAttachMeasuredEvidence } from '../../api/use-attach-measured-evidence';

/** The measured figures attached to one criterion, newest first, each with its date and period. */
export function MeasuredEvidenceList({ items }: { items: MeasuredEvidence[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  const lang = i18n.language;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('figures.evidence.heading')}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((m) => (
          <List.Item key={m.id}>
            <Text size="sm" c={m.deviationRate !== null && m.deviationRate > m.allowedDeviationRate ? 'red.9' : undefined}>
              {m.deviationRate === null
                ? t('figures.evidence.lineNoRate', { promise: m.promiseTitle, cases: m.cases })
                : t('figures.evidence.line', {
                    promise: m.promiseTitle,
                    rate: formatRate(m.deviationRate, lang),
                    late: m.late,
                    decided: m.onTime + m.late,
                    cases: m.cases,
                    allowed: formatRate(m.allowedDeviationRate, lang),
                  })}
            </Text>
            <Text size="xs" c="gray.8">
              {t('figures.evidence.meta', {
                date: formatDate(m.computedAt),
                from: formatDate(m.periodFrom),
                to: formatDate(m.periodTo),
                median: formatDecimal(m.medianWorkingDays, lang),
                p90: formatDecimal(m.p90WorkingDays, lang),
              })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** "Kennzahlen als Nachweis anhängen": a period of receipt dates, default this year so far. */
export function AttachMeasuredEvidence({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const attach = useAttachMeasuredEvidence(assessmentId);
  const today = new Date();
  const [from, setFrom] = useState(`${today.getFullYear()}-01-01`);
  const [to, setTo] = useState(today.toISOString().slice(0, 10));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    attach.mutate({ periodFrom: from, periodTo: to });
  };
  return (
    <form onSubmit={submit}>
      <Fieldset legend={t('figures.evidence.attachTitle')}>
        <Text size="sm" mb="xs">
          {t('figures.evidence.attachHint')}
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('figures.evidence.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
            w={170}
          />
          <TextInput
            type="date"
            label={t('figures.evidence.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
            w={170}
          />
          <Button type="submit" loading={attach.isPending}>
            {t('figures.evidence.attach')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
