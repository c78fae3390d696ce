import { Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, Pilot, PromiseOption } from '../api/types';

export const FILTER_STATES: CaseState[] = ['on_time', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'excluded', 'no_deadline'];

export type CaseFilterValues = { states: CaseState[]; promiseKey: string; pilotId: string; q: string };

type Props = {
  value: CaseFilterValues;
  onChange: (next: Partial<CaseFilterValues>) => void;
  promises: PromiseOption[];
  pilots: Pilot[];
};

/** State checkboxes, promise, pilot and a search field; the list page mirrors them into the URL. */
export function CaseFilters({ value, onChange, promises, pilots }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q);
  const applySearch = useDebouncedCallback((next: string) => onChange({ q: next.trim() }), 350);

  return (
    <Stack gap="sm" role="search" aria-label={t('cases.filter.legend')}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('cases.filter.search')}
          description={t('cases.filter.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          maxLength={100}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            applySearch(e.currentTarget.value);
          }}
          w={260}
        />
        <NativeSelect
          label={t('cases.filter.promise')}
          value={value.promiseKey}
          onChange={(e) => onChange({ promiseKey: e.currentTarget.value })}
          data={[{ value: '', label: t('cases.filter.allPromises') }, ...promises.map((p) => ({ value: p.key, label: p.title }))]}
          w={300}
        />
        <NativeSelect
          label={t('cases.filter.pilot')}
          value={value.pilotId}
          onChange={(e) => onChange({ pilotId: e.currentTarget.value })}
          data={[{ value: '', label: t('cases.filter.allPilots') }, ...pilots.map((p) => ({ value: p.id, label: p.name }))]}
          w={220}
        />
      </Group>
      <Checkbox.Group
        label={t('cases.filter.states')}
        value={value.states}
        onChange={(states) => onChange({ states: states as CaseState[] })}
      >
        <Group gap="md" mt={6}>
          {FILTER_STATES.map((s) => (
            <Checkbox key={s} value={s} label={t(`caseState.${s}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
