import { Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { localInputToIso } from '../../../lib/format';
import { promiseLabel } from '../../../lib/service-terms';
import { type CreateCaseBody, useCreateCase } from '../api/use-create-case';
import { usePilots } from '../api/use-pilots';
import { usePromises } from '../api/use-promises';

const nowLocal = () => dayjs().format('YYYY-MM-DDTHH:mm');

/** Staff record a business request against one of the current promises. */
export function CaseCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const promises = usePromises();
  const pilots = usePilots();
  const create = useCreateCase((id) => navigate(`/faelle/${id}`));
  const [promiseId, setPromiseId] = useState('');
  const [receivedAt, setReceivedAt] = useState(nowLocal);
  const [reference, setReference] = useState('');
  const [subject, setSubject] = useState('');
  const [businessName, setBusinessName] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [pilotId, setPilotId] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!promiseId || !receivedAt) return;
    const text = (v: string) => v.trim() || null;
    const body: CreateCaseBody = {
      promiseId,
      receivedAt: localInputToIso(receivedAt),
      subject: subject.trim(),
      businessName: text(businessName),
      contactName: text(contactName),
      contactEmail: text(contactEmail),
      contactPhone: text(contactPhone),
      pilotId: pilotId || null,
      ...(reference.trim() && { reference: reference.trim() }),
    };
    create.mutate(body);
  };

  return (
    <Stack maw={820}>
      <Anchor component={Link} to="/faelle" size="sm">
        {t('cases.back')}
      </Anchor>
      <Title order={1}>{t('cases.create.title')}</Title>
      <QueryState query={promises}>
        {(p) => (
          <Paper withBorder p="md" component="form" onSubmit={submit}>
            <Stack gap="sm">
              <NativeSelect
                label={t('cases.field.promise')}
                required
                value={promiseId}
                onChange={(e) => setPromiseId(e.currentTarget.value)}
                data={[
                  { value: '', label: t('common.choose') },
                  ...p.items.filter((x) => !x.retiredAt).map((x) => ({ value: x.id, label: promiseLabel(x) })),
                ]}
                description={p.items.length === 0 ? t('cases.create.noPromises') : undefined}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="datetime-local"
                  label={t('cases.field.receivedAt')}
                  required
                  value={receivedAt}
                  max={nowLocal()}
                  onChange={(e) => setReceivedAt(e.currentTarget.value)}
                />
                <TextInput
                  label={t('cases.field.reference')}
                  description={t('cases.create.referenceHint')}
                  value={reference}
                  maxLength={100}
                  onChange={(e) => setReference(e.currentTarget.value)}
                />
              </SimpleGrid>
              <TextInput
                label={t('cases.field.subject')}
                value={subject}
                maxLength={500}
                onChange={(e) => setSubject(e.currentTarget.value)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('cases.field.businessName')}
                  value={businessName}
                  maxLength={300}
                  onChange={(e) => setBusinessName(e.currentTarget.value)}
                />
                <TextInput
                  label={t('cases.field.contactName')}
                  value={contactName}
                  maxLength={200}
                  onChange={(e) => setContactName(e.currentTarget.value)}
                />
                <TextInput
                  label={t('cases.field.contactEmail')}
                  type="email"
                  value={contactEmail}
                  maxLength={320}
                  onChange={(e) => setContactEmail(e.currentTarget.value)}
                />
                <TextInput
                  label={t('cases.field.contactPhone')}
                  type="tel"
                  value={contactPhone}
                  maxLength={50}
                  onChange={(e) => setContactPhone(e.currentTarget.value)}
                />
              </SimpleGrid>
              <QueryState query={pilots}>
                {(pl) => (
                  <NativeSelect
                    label={t('cases.field.pilot')}
                    value={pilotId}
                    onChange={(e) => setPilotId(e.currentTarget.value)}
                    data={[
                      { value: '', label: t('cases.noPilot') },
                      ...pl.items.filter((x) => x.active).map((x) => ({ value: x.id, label: x.name })),
                    ]}
                  />
                )}
              </QueryState>
              <Group justify="flex-end">
                <Button component={Link} to="/faelle" variant="default">
                  {t('cases.create.cancel')}
                </Button>
                <Button type="submit" loading={create.isPending} disabled={!promiseId || !receivedAt}>
                  {t('cases.create.submit')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
