import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconLink, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LINKABLE_SCHEMES } from '../api/types';
import type { LinkableScheme } from '../api/use-linkable-criteria';

export type CriterionRow = { key: number; schemeId: string; criterionId: string };

type Props = {
  rows: CriterionRow[];
  schemes: LinkableScheme[];
  onChange: (rows: CriterionRow[]) => void;
  newKey: () => number;
  /** Shown under a row whose criterion is still missing, once the form was sent. */
  missing: Set<number>;
  error?: string | undefined;
};

/** The seal criteria a promise's figures count for (scheme + criterion per link). */
export function CriteriaFieldset({ rows, schemes, onChange, newKey, missing, error }: Props) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<CriterionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Fieldset legend={t('promises.criteria')}>
      <Stack gap="sm">
        <Text size="sm" c="gray.8">
          {t('promises.criteriaHint')}
        </Text>
        {rows.map((row, i) => (
          <Group key={row.key} align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('promises.scheme')}
              value={row.schemeId}
              onChange={(e) => update(row.key, { schemeId: e.currentTarget.value, criterionId: '' })}
              data={LINKABLE_SCHEMES.map((s) => ({ value: s, label: t(`promises.schemes.${s}`) }))}
              w={220}
            />
            <NativeSelect
              label={t('promises.criterion')}
              value={row.criterionId}
              onChange={(e) => update(row.key, { criterionId: e.currentTarget.value })}
              data={[{ value: '', label: t('common.choose') }, ...(schemes.find((s) => s.schemeId === row.schemeId)?.criteria ?? [])]}
              error={missing.has(row.key) ? t('promises.invalid.criterion') : undefined}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Button
              variant="default"
              mt={25}
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              aria-label={t('promises.removeCriterion', { n: i + 1 })}
            >
              {t('promises.remove')}
            </Button>
          </Group>
        ))}
        {error && (
          <Text c="red.9" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<IconLink size={16} aria-hidden />}
            onClick={() => onChange([...rows, { key: newKey(), schemeId: LINKABLE_SCHEMES[0], criterionId: '' }])}
          >
            {t('promises.addCriterion')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
