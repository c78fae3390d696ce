import { Button, Checkbox, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../lib/field-errors';
import { areaText, PROMISE_AREAS, type PromiseArea } from '../../../lib/service-terms';
import type { Pilot, PilotInput } from '../api/types';
import { useCreatePilot } from '../api/use-create-pilot';
import { useUpdatePilot } from '../api/use-update-pilot';

/**
 * Adds or changes a pilot. The link to a user account (userId) is not offered here: the
 * API has no list of an administration's users to choose from; an existing link is kept.
 */
export function PilotForm({ pilot, onDone }: { pilot: Pilot | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePilot(onDone);
  const update = useUpdatePilot(onDone);
  const mutation = pilot ? update : create;
  const [name, setName] = useState(pilot?.name ?? '');
  const [jobTitle, setJobTitle] = useState(pilot?.jobTitle ?? '');
  const [email, setEmail] = useState(pilot?.email ?? '');
  const [phone, setPhone] = useState(pilot?.phone ?? '');
  const [areas, setAreas] = useState<PromiseArea[]>(pilot?.areas ?? []);
  const [publicCard, setPublicCard] = useState(pilot?.publicCard ?? true);

  const errors = fieldErrors(mutation.error);
  const toggleArea = (area: PromiseArea, on: boolean) =>
    setAreas((as) => (on ? PROMISE_AREAS.filter((a) => a === area || as.includes(a)) : as.filter((a) => a !== area)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: PilotInput = {
      name: name.trim(),
      jobTitle: jobTitle.trim(),
      email: email.trim(),
      phone: phone.trim() || null,
      userId: pilot?.userId ?? null,
      areas,
      publicCard,
      active: pilot?.active ?? true,
    };
    if (pilot) update.mutate({ id: pilot.id, body });
    else create.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('pilots.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={200}
          error={errors.name}
          data-autofocus
        />
        <TextInput
          label={t('pilots.jobTitle')}
          description={t('pilots.jobTitleHint')}
          value={jobTitle}
          onChange={(e) => setJobTitle(e.currentTarget.value)}
          maxLength={200}
          error={errors.jobTitle}
        />
        <TextInput
          label={t('pilots.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          required
          maxLength={320}
          error={errors.email}
        />
        <TextInput
          label={t('pilots.phone')}
          type="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          maxLength={50}
          error={errors.phone}
        />
        <Fieldset legend={t('pilots.areas')}>
          <Stack gap="xs">
            {PROMISE_AREAS.map((area) => (
              <Checkbox
                key={area}
                label={areaText(t, area)}
                checked={areas.includes(area)}
                onChange={(e) => toggleArea(area, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        </Fieldset>
        <Checkbox
          label={t('pilots.publicCard')}
          description={t('pilots.publicCardHint')}
          checked={publicCard}
          onChange={(e) => setPublicCard(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('pilots.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('pilots.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
