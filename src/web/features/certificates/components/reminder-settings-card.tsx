import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useReminderSettings, useUpdateReminderSettings } from '../api/use-reminder-settings';

/** The certifier's lead time for audit reminders, in working days; only its admin changes it. */
export function ReminderSettingsCard() {
  const { t } = useTranslation();
  const admin = useSession().data?.user.role === 'certifier_admin';
  const settings = useReminderSettings();
  const update = useUpdateReminderSettings();
  // What the admin typed (it stays after saving: the stored value then equals it); before that the stored value.
  const [draft, setDraft] = useState<number | string | null>(null);
  const lead = draft ?? settings.data?.leadWorkingDays ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ leadWorkingDays: Number(lead) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="reminders-heading">
      <Stack component="form" onSubmit={submit} gap="sm">
        <Title order={2} size="h3" id="reminders-heading">
          {t('certificateCycle.reminders.title')}
        </Title>
        <Text size="sm">{t('certificateCycle.reminders.hint')}</Text>
        <Group align="flex-end">
          <NumberInput
            label={t('certificateCycle.reminders.lead')}
            min={1}
            max={120}
            allowDecimal={false}
            value={lead}
            onChange={setDraft}
            readOnly={!admin}
            w={260}
          />
          {admin && (
            <Button type="submit" loading={update.isPending} disabled={lead === '' || lead === settings.data?.leadWorkingDays}>
              {t('certificateCycle.reminders.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
