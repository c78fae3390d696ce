import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { isoToLocalInput, localInputToIso } from '../../../lib/format';
import { STAFF_CHANNELS } from '../api/types';
import { useComplaintOptions } from '../api/use-complaint-options';
import { useCreateComplaint } from '../api/use-create-complaint';
import { ComplaintFieldsInput, emptyFields, type FieldValues, hasContact, toBody } from '../components/complaint-fields';

type Channel = (typeof STAFF_CHANNELS)[number];

/** Staff enter what came in by phone, letter, e-mail or in person. */
export function ComplaintCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useComplaintOptions();
  const create = useCreateComplaint((id) => navigate(`/beschwerden/${id}`));
  const [channel, setChannel] = useState<Channel>('phone');
  const [receivedAt, setReceivedAt] = useState(() => isoToLocalInput(new Date()));
  const [values, setValues] = useState<FieldValues>(emptyFields);
  const [consentError, setConsentError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (hasContact(values) && !values.consent) {
      setConsentError(t('complaints.create.consentNeeded'));
      return;
    }
    setConsentError(null);
    create.mutate({ ...toBody(values), channel, ...(receivedAt && { receivedAt: localInputToIso(receivedAt) }) });
  };

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/beschwerden" size="sm">
        {t('complaints.detail.back')}
      </Anchor>
      <Title order={1}>{t('complaints.create.title')}</Title>
      <Text>{t('complaints.create.intro')}</Text>
      <QueryState query={options}>
        {(data) => (
          <Paper withBorder p="lg">
            <Stack component="form" onSubmit={submit} gap="sm">
              <Group grow align="flex-start">
                <NativeSelect
                  label={t('complaints.fields.channel')}
                  value={channel}
                  onChange={(e) => setChannel(e.currentTarget.value as Channel)}
                  data={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))}
                />
                <TextInput
                  label={t('complaints.fields.receivedAt')}
                  type="datetime-local"
                  required
                  value={receivedAt}
                  onChange={(e) => setReceivedAt(e.currentTarget.value)}
                />
              </Group>
              <ComplaintFieldsInput value={values} onChange={setValues} promises={data.promises} consentError={consentError} />
              <Group>
                <Button type="submit" loading={create.isPending} disabled={!values.description.trim()}>
                  {t('complaints.create.submit')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
