import { Alert, Button, Fieldset, Group, NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Granularity } from '../api/types';
import { currentYear, type PeriodState } from '../use-period-state';

const CUSTOM = 'custom';

type Props = { value: PeriodState; onChange: (next: Partial<PeriodState>) => void };

/** A calendar year (default: this one) or a custom range of receipt dates, and the trend's granularity. */
export function PeriodPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState(value.year === null);
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const [invalid, setInvalid] = useState(false);
  const years = Array.from({ length: 6 }, (_, i) => currentYear() - i);

  const applyCustom = (e: FormEvent) => {
    e.preventDefault();
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
    setInvalid(!ok);
    if (ok) onChange({ year: null, from, to });
  };

  return (
    <form onSubmit={applyCustom}>
      <Fieldset legend={t('figures.period.legend')} variant="filled">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('figures.period.year')}
            value={custom ? CUSTOM : String(value.year)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === CUSTOM) {
                setCustom(true);
                return;
              }
              setCustom(false);
              setInvalid(false);
              const year = Number(v);
              setFrom(`${year}-01-01`);
              setTo(`${year}-12-31`);
              onChange({ year, from: `${year}-01-01`, to: `${year}-12-31` });
            }}
            data={[...years.map((y) => ({ value: String(y), label: String(y) })), { value: CUSTOM, label: t('figures.period.custom') }]}
            w={170}
          />
          {custom && (
            <>
              <TextInput
                type="date"
                label={t('figures.period.from')}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                required
                w={170}
              />
              <TextInput
                type="date"
                label={t('figures.period.to')}
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                required
                w={170}
              />
              <Button type="submit" variant="outline">
                {t('figures.period.apply')}
              </Button>
            </>
          )}
          <NativeSelect
            label={t('figures.period.granularity')}
            value={value.granularity}
            onChange={(e) => onChange({ granularity: e.currentTarget.value as Granularity })}
            data={[
              { value: 'month', label: t('figures.period.month') },
              { value: 'quarter', label: t('figures.period.quarter') },
              { value: 'year', label: t('figures.period.yearly') },
            ]}
            w={150}
          />
        </Group>
        {invalid && (
          <Alert color="red" mt="sm" role="alert">
            {t('figures.period.invalid')}
          </Alert>
        )}
      </Fieldset>
    </form>
  );
}
