import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/field-errors';
import { DEADLINE_UNITS, type DeadlineUnit, deadlineText, regionText, sortedRegions } from '../../lib/service-terms';
import { errorMessage } from '../../lib/use-api-mutation';
import { type DeadlineQuery, useDeadline } from './api/use-deadline';
import { useDeadlineRegions } from './api/use-deadline-regions';
import { formatDayWithWeekday, todayInBerlin } from './day-format';

const FIELDS = ['region', 'start', 'amount', 'unit'] as const;

/** The public deadline calculator (§ 31 VwVfG with §§ 187–193 BGB): no login needed. */
export function DeadlineCalculatorPage() {
  const { t, i18n } = useTranslation();
  const regions = useDeadlineRegions();
  const [region, setRegion] = useState('DE-NW');
  const [start, setStart] = useState(todayInBerlin);
  const [amount, setAmount] = useState<string | number>(1);
  const [unit, setUnit] = useState<DeadlineUnit>('working_days');
  const [asked, setAsked] = useState<DeadlineQuery | null>(null);
  const answer = useDeadline(asked);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ region, start, amount: String(amount), unit });
  };

  const errors = fieldErrors(answer.error);
  const fieldError = (field: (typeof FIELDS)[number]) =>
    errors[field] ? `${t(`deadlineCalculator.invalid.${field}`)} (${errors[field]})` : undefined;
  const otherError = answer.isError && !FIELDS.some((f) => errors[f]) ? errorMessage(answer.error, t) : null;
  const regionOptions = sortedRegions(t, regions.data?.items ?? [region], i18n.language);

  return (
    <Stack maw={760}>
      <Title order={1}>{t('deadlineCalculator.title')}</Title>
      <Text>{t('deadlineCalculator.intro')}</Text>
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-labelledby="calculator-form-heading">
        <Stack>
          <Title order={2} size="h3" id="calculator-form-heading">
            {t('deadlineCalculator.formTitle')}
          </Title>
          <NativeSelect
            label={t('deadlineCalculator.region')}
            description={t('deadlineCalculator.regionHint')}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            data={regionOptions}
            error={fieldError('region')}
          />
          <TextInput
            type="date"
            label={t('deadlineCalculator.start')}
            description={t('deadlineCalculator.startHint')}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={fieldError('start')}
            maw={260}
          />
          <Group align="flex-start" grow>
            <NumberInput
              label={t('deadlineCalculator.amount')}
              value={amount}
              onChange={setAmount}
              min={1}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={fieldError('amount')}
            />
            <NativeSelect
              label={t('deadlineCalculator.unit')}
              value={unit}
              onChange={(e) => setUnit(e.currentTarget.value as DeadlineUnit)}
              data={DEADLINE_UNITS.map((u) => ({ value: u, label: t(`serviceTerms.units.${u}`) }))}
              error={fieldError('unit')}
            />
          </Group>
          <Group>
            <Button type="submit" leftSection={<IconCalendarDue size={18} aria-hidden />} loading={answer.isFetching}>
              {t('deadlineCalculator.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <div aria-live="polite">
        {otherError && (
          <Alert color="red" title={t('common.error')} role="alert">
            {otherError}
          </Alert>
        )}
        {answer.data && !answer.isError && (
          <Paper withBorder p="lg" data-testid="deadline-result">
            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('deadlineCalculator.resultTitle')}
              </Title>
              <Text size="xl" fw={700}>
                {t('deadlineCalculator.due', { date: formatDayWithWeekday(answer.data.due, i18n.language) })}
              </Text>
              <Text>
                {t('deadlineCalculator.summary', {
                  start: formatDayWithWeekday(answer.data.start, i18n.language),
                  period: deadlineText(t, answer.data.amount, answer.data.unit),
                  region: regionText(t, answer.data.region),
                })}
              </Text>
              <Title order={3} size="h4" mt="sm">
                {t('deadlineCalculator.ruleTitle')}
              </Title>
              <Text>{t('deadlineCalculator.notCounted')}</Text>
              <Text>{t(`deadlineCalculator.rule.${answer.data.unit}`)}</Text>
              <Text c="gray.8" size="sm">
                {t('deadlineCalculator.closureNote')}
              </Text>
            </Stack>
          </Paper>
        )}
      </div>
      <Text c="gray.8" size="sm">
        {t('deadlineCalculator.disclaimer')}
      </Text>
    </Stack>
  );
}
