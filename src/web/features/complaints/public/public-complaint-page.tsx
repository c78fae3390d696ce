import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useComplaintFormInfo } from '../api/use-complaint-form-info';
import { useFormToken } from '../api/use-form-token';
import { useSubmitPublicComplaint } from '../api/use-submit-public-complaint';
import { ComplaintFieldsInput, emptyFields, type FieldValues, hasContact, toBody } from '../components/complaint-fields';
import { Honeypot } from './honeypot';

/** The public complaint form of an administration: no login, answers with the complaint's number. */
export function PublicComplaintPage() {
  const { organizationId = '' } = useParams();
  const { t } = useTranslation();
  const info = useComplaintFormInfo(organizationId);
  return (
    <Stack maw={760}>
      <QueryState query={info}>
        {(data) => (
          <Stack>
            <Title order={1}>{t('complaints.public.title', { administration: data.administration.name })}</Title>
            <Text>{t('complaints.public.intro')}</Text>
            <PublicForm organizationId={organizationId} promises={data.promises} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function PublicForm({
  organizationId,
  promises,
}: {
  organizationId: string;
  promises: { id: string; number: number | null; title: string }[];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const token = useFormToken();
  const submit = useSubmitPublicComplaint(organizationId);
  const [values, setValues] = useState<FieldValues>(emptyFields);
  const [website, setWebsite] = useState('');
  const [consentError, setConsentError] = useState<string | null>(null);

  if (submit.data) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('complaints.public.thanksTitle')} role="status">
        <Text c="dark.9">{t('complaints.public.thanks', { number: submit.data.number })}</Text>
        <Text c="dark.9" fw={700} size="xl" mt="xs">
          {submit.data.number}
        </Text>
      </Alert>
    );
  }

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (hasContact(values) && !values.consent) {
      setConsentError(t('complaints.public.consentNeeded'));
      return;
    }
    setConsentError(null);
    if (!token.data) return;
    submit.mutate(
      { ...toBody(values), formToken: token.data.token, website },
      {
        onError: (err) => {
          // an old or broken token: fetch a fresh one so the next try can pass
          const reason = err instanceof ApiError ? (err.details as { reason?: string } | undefined)?.reason : undefined;
          if (reason === 'expired' || reason === 'forged' || reason === 'malformed')
            void client.invalidateQueries({ queryKey: queryKeys.formToken });
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg">
      <Stack component="form" onSubmit={send} gap="md">
        <ComplaintFieldsInput value={values} onChange={setValues} promises={promises} consentError={consentError} />
        <Honeypot value={website} onChange={setWebsite} />
        {submit.isError && <SubmitError error={submit.error} />}
        {token.isError && (
          <Alert color="red" role="alert">
            {t('complaints.public.tokenUnavailable')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submit.isPending} disabled={!token.data || !values.description.trim()}>
            {t('complaints.public.submit')}
          </Button>
        </Group>
        <Text size="sm" c="gray.8">
          {t('complaints.public.privacy')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The server's reason, told in the page's language. */
function SubmitError({ error }: { error: Error }) {
  const { t } = useTranslation();
  let key = 'complaints.public.errors.generic';
  if (error instanceof ApiError) {
    const reason = (error.details as { reason?: string } | undefined)?.reason;
    if (error.status === 0) key = 'errors.network';
    else if (error.status === 429) key = 'errors.rateLimited';
    else if (error.status === 404) key = 'complaints.public.errors.unknownAdministration';
    else if (reason === 'too_fast') key = 'complaints.public.errors.tooFast';
    else if (reason === 'expired') key = 'complaints.public.errors.expired';
    else if (reason === 'forged' || reason === 'malformed' || reason === 'honeypot') key = 'complaints.public.errors.invalidForm';
    else if (error.message.startsWith('consent:')) key = 'complaints.public.consentNeeded';
  }
  return (
    <Alert color="red" role="alert" title={t('common.error')}>
      <Text c="dark.9">{t(key)}</Text>
    </Alert>
  );
}
