import { Alert, Button, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { sortedRegions } from '../../../lib/service-terms';
import { errorMessage } from '../../../lib/use-api-mutation';
import type { ClosureDay, WorkingCalendar } from '../api/types';
import { useSaveCalendar } from '../api/use-save-calendar';
import { rosenmontag } from '../rosenmontag';

type Row = ClosureDay & { key: number };
type RowProblem = { date?: string; reason?: string };

const thisYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));

/** Region and closure days of the administration; saving stores the next version. */
export function CalendarEditor({ current, regions }: { current: WorkingCalendar; regions: string[] }) {
  const { t, i18n } = useTranslation();
  const save = useSaveCalendar();
  const nextKey = useRef(0);
  const toRow = (d: ClosureDay): Row => ({ ...d, key: nextKey.current++ });
  const [region, setRegion] = useState(current.region);
  const [rows, setRows] = useState<Row[]>(() => current.closureDays.map(toRow));
  const [year, setYear] = useState<string | number>(thisYear);
  const [checked, setChecked] = useState(false);

  const days = rows.map(({ date, reason }) => ({ date, reason: reason.trim() }));
  const dirty = region !== current.region || JSON.stringify(days) !== JSON.stringify(current.closureDays);
  const problems = rowProblems(rows, t);
  const has = (date: string) => rows.some((r) => r.date === date);
  const add = (date: string, reason: string) => setRows((rs) => [...rs, toRow({ date, reason })]);
  const update = (key: number, patch: Partial<ClosureDay>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: number) => setRows((rs) => rs.filter((r) => r.key !== key));

  const y = typeof year === 'number' && year >= 2000 && year <= 2199 ? year : null;
  const quick = y
    ? [
        { date: rosenmontag(y), reason: t('calendar.quick.rosenmontag') },
        { date: `${y}-12-24`, reason: t('calendar.quick.christmasEve') },
        { date: `${y}-12-31`, reason: t('calendar.quick.newYearsEve') },
      ]
    : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (problems.size > 0) return;
    save.mutate({ region, closureDays: days });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="calendar-edit-heading">
      <Stack>
        <Title order={2} id="calendar-edit-heading">
          {t('calendar.currentTitle', { version: current.version, date: formatDate(current.createdAt) })}
        </Title>
        <NativeSelect
          label={t('calendar.region')}
          description={t('calendar.regionHint')}
          value={region}
          onChange={(e) => setRegion(e.currentTarget.value)}
          data={sortedRegions(t, regions.includes(region) ? regions : [...regions, region], i18n.language)}
          maw={560}
        />
        <Fieldset legend={t('calendar.closureDays')}>
          <Stack gap="sm">
            <Text size="sm" c="gray.8">
              {t('calendar.closureDaysHint')}
            </Text>
            {rows.length === 0 && <Text>{t('calendar.noClosureDays')}</Text>}
            {rows.map((row) => {
              const problem = checked ? problems.get(row.key) : undefined;
              return (
                <Group key={row.key} align="flex-start" wrap="wrap" data-testid="closure-day-row">
                  <TextInput
                    type="date"
                    label={t('calendar.date')}
                    value={row.date}
                    onChange={(e) => update(row.key, { date: e.currentTarget.value })}
                    error={problem?.date}
                    w={190}
                    required
                  />
                  <TextInput
                    label={t('calendar.reason')}
                    value={row.reason}
                    onChange={(e) => update(row.key, { reason: e.currentTarget.value })}
                    error={problem?.reason}
                    maxLength={200}
                    style={{ flex: 1, minWidth: 220 }}
                    required
                  />
                  <Button
                    variant="default"
                    mt={25}
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => remove(row.key)}
                    aria-label={t('calendar.removeDay', { day: row.date ? formatDate(row.date) : t('calendar.emptyDay') })}
                  >
                    {t('calendar.remove')}
                  </Button>
                </Group>
              );
            })}
            <Group>
              <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => add('', '')}>
                {t('calendar.addDay')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('calendar.quickTitle')}>
          <Group align="flex-end" wrap="wrap">
            <NumberInput
              label={t('calendar.year')}
              value={year}
              onChange={setYear}
              min={2000}
              max={2199}
              allowDecimal={false}
              allowNegative={false}
              w={110}
            />
            {quick.map((q) => (
              <Button
                key={q.date}
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                disabled={has(q.date)}
                onClick={() => add(q.date, q.reason)}
              >
                {t('calendar.quick.add', { reason: q.reason, date: formatDate(q.date) })}
              </Button>
            ))}
          </Group>
          <Text size="sm" c="gray.8" mt="xs">
            {t('calendar.quickHint')}
          </Text>
        </Fieldset>
        {save.isError && (
          <Alert color="red" role="alert" title={t('calendar.saveFailed')}>
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={save.isPending} disabled={!dirty}>
            {t('calendar.save', { version: current.version + 1 })}
          </Button>
          {!dirty && (
            <Text size="sm" c="gray.8">
              {t('calendar.unchanged')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function rowProblems(rows: Row[], t: (key: string) => string): Map<number, RowProblem> {
  const found = new Map<number, RowProblem>();
  const seen = new Set<string>();
  for (const row of rows) {
    const problem: RowProblem = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) problem.date = t('calendar.invalid.date');
    else if (seen.has(row.date)) problem.date = t('calendar.invalid.duplicate');
    if (!row.reason.trim()) problem.reason = t('calendar.invalid.reason');
    seen.add(row.date);
    if (problem.date || problem.reason) found.set(row.key, problem);
  }
  return found;
}
