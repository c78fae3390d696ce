import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/field-errors';
import { areaText, DEADLINE_UNITS, type DeadlineUnit, PROMISE_AREAS, type PromiseArea } from '../../../lib/service-terms';
import { PROMISE_ROLES, type PromiseInput, type PromiseRole, type ServicePromise } from '../api/types';
import { useCreatePromise } from '../api/use-create-promise';
import { useLinkableCriteria } from '../api/use-linkable-criteria';
import { useUpdatePromise } from '../api/use-update-promise';
import { CriteriaFieldset, type CriterionRow } from './criteria-fieldset';

type Num = string | number;
const toNumber = (v: Num): number => (v === '' ? Number.NaN : Number(v));
// 0.15 → 15 without float noise (0.07 * 100 = 7.000000000000001)
const toPercent = (fraction: number) => Math.round(fraction * 10_000) / 100;

/**
 * Adds a promise or changes one; a change is stored as the next version, and the server
 * keeps running cases on the version they started with.
 */
export function PromiseForm({ promise, onDone }: { promise: ServicePromise | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePromise(onDone);
  const update = useUpdatePromise(promise?.id ?? '', onDone);
  const mutation = promise ? update : create;
  const linkable = useLinkableCriteria();
  const keys = useRef(0);
  const newKey = () => keys.current++;

  const [number, setNumber] = useState<Num>(promise?.number ?? '');
  const [title, setTitle] = useState(promise?.title ?? '');
  const [description, setDescription] = useState(promise?.description ?? '');
  const [area, setArea] = useState<PromiseArea>(promise?.area ?? 'business_development');
  const [role, setRole] = useState<PromiseRole | ''>(promise?.role ?? '');
  const [startEvent, setStartEvent] = useState(promise?.startEvent ?? '');
  const [stopEvent, setStopEvent] = useState(promise?.stopEvent ?? '');
  const [noDeadline, setNoDeadline] = useState(promise ? promise.amount === null : false);
  const [amount, setAmount] = useState<Num>(promise?.amount ?? 1);
  const [unit, setUnit] = useState<DeadlineUnit>(promise?.unit ?? 'working_days');
  const [warningPercent, setWarningPercent] = useState<Num>(toPercent(promise?.warningFraction ?? 0.75));
  const [deviationPercent, setDeviationPercent] = useState<Num>(toPercent(promise?.allowedDeviationRate ?? 0.15));
  const [leikaKey, setLeikaKey] = useState(promise?.leikaKey ?? '');
  const [criteria, setCriteria] = useState<CriterionRow[]>(() => (promise?.criterionRefs ?? []).map((r) => ({ ...r, key: newKey() })));
  const [published, setPublished] = useState(promise?.published ?? true);
  const [missing, setMissing] = useState<Set<number>>(new Set());

  const errors = fieldErrors(mutation.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = new Set(criteria.filter((c) => !c.criterionId).map((c) => c.key));
    setMissing(incomplete);
    if (incomplete.size > 0) return;
    const body: PromiseInput = {
      number: number === '' ? null : toNumber(number),
      title: title.trim(),
      description: description.trim(),
      area,
      role: role || null,
      startEvent: startEvent.trim(),
      stopEvent: stopEvent.trim(),
      amount: noDeadline ? null : amount === '' ? null : toNumber(amount),
      unit: noDeadline ? null : unit,
      warningFraction: toNumber(warningPercent) / 100,
      allowedDeviationRate: toNumber(deviationPercent) / 100,
      leikaKey: leikaKey.trim() || null,
      criterionRefs: criteria.map(({ schemeId, criterionId }) => ({ schemeId, criterionId })),
      published,
    };
    mutation.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {promise && (
          <Alert
            icon={<IconInfoCircle aria-hidden />}
            color="blue"
            variant="outline"
            title={t('promises.versionNoticeTitle', { next: promise.version + 1 })}
          >
            {t('promises.versionNotice', { version: promise.version, next: promise.version + 1 })}
          </Alert>
        )}
        <Group align="flex-start" wrap="nowrap">
          <NumberInput
            clampBehavior="none"
            label={t('promises.number')}
            value={number}
            onChange={setNumber}
            min={1}
            max={999}
            allowDecimal={false}
            allowNegative={false}
            error={errors.number}
            w={90}
          />
          <TextInput
            label={t('promises.titleLabel')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            maxLength={300}
            error={errors.title}
            style={{ flex: 1 }}
            data-autofocus
          />
        </Group>
        <Textarea
          label={t('promises.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          error={errors.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('promises.area')}
            value={area}
            onChange={(e) => setArea(e.currentTarget.value as PromiseArea)}
            data={PROMISE_AREAS.map((a) => ({ value: a, label: areaText(t, a) }))}
            error={errors.area}
          />
          <NativeSelect
            label={t('promises.role')}
            description={t('promises.roleHint')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as PromiseRole | '')}
            data={[
              { value: '', label: t('promises.roles.none') },
              ...PROMISE_ROLES.map((r) => ({ value: r, label: t(`promises.roles.${r}`) })),
            ]}
            error={errors.role}
          />
          <TextInput
            label={t('promises.startEvent')}
            description={t('promises.startEventHint')}
            value={startEvent}
            onChange={(e) => setStartEvent(e.currentTarget.value)}
            required
            maxLength={300}
            error={errors.startEvent}
          />
          <TextInput
            label={t('promises.stopEvent')}
            description={t('promises.stopEventHint')}
            value={stopEvent}
            onChange={(e) => setStopEvent(e.currentTarget.value)}
            required
            maxLength={300}
            error={errors.stopEvent}
          />
        </SimpleGrid>
        <Fieldset legend={t('promises.deadline')}>
          <Stack gap="sm">
            <Checkbox label={t('promises.noDeadline')} checked={noDeadline} onChange={(e) => setNoDeadline(e.currentTarget.checked)} />
            <Group align="flex-start" grow>
              <NumberInput
                clampBehavior="none"
                label={t('promises.amount')}
                value={amount}
                onChange={setAmount}
                min={1}
                max={3650}
                allowDecimal={false}
                allowNegative={false}
                disabled={noDeadline}
                error={errors.amount}
              />
              <NativeSelect
                label={t('promises.unit')}
                value={unit}
                onChange={(e) => setUnit(e.currentTarget.value as DeadlineUnit)}
                data={DEADLINE_UNITS.map((u) => ({ value: u, label: t(`serviceTerms.units.${u}`) }))}
                disabled={noDeadline}
                error={errors.unit}
              />
            </Group>
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            clampBehavior="none"
            label={t('promises.warning')}
            description={t('promises.warningHint')}
            value={warningPercent}
            onChange={setWarningPercent}
            min={5}
            max={100}
            suffix=" %"
            error={errors.warningFraction}
          />
          <NumberInput
            clampBehavior="none"
            label={t('promises.deviation')}
            description={t('promises.deviationHint')}
            value={deviationPercent}
            onChange={setDeviationPercent}
            min={0}
            max={100}
            suffix=" %"
            error={errors.allowedDeviationRate}
          />
        </SimpleGrid>
        <TextInput
          label={t('promises.leikaKey')}
          description={t('promises.leikaKeyHint')}
          value={leikaKey}
          onChange={(e) => setLeikaKey(e.currentTarget.value)}
          maxLength={14}
          inputMode="numeric"
          error={errors.leikaKey}
          maw={320}
        />
        <CriteriaFieldset
          rows={criteria}
          schemes={linkable.schemes}
          onChange={setCriteria}
          newKey={newKey}
          missing={missing}
          error={errors.criterionRefs}
        />
        <Checkbox
          label={t('promises.published')}
          description={t('promises.publishedHint')}
          checked={published}
          onChange={(e) => setPublished(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('promises.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {promise ? t('promises.saveVersion', { next: promise.version + 1 }) : t('promises.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
