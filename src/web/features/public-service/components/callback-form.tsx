import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { type CSSProperties, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { fieldErrors } from '../../../lib/field-errors';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/use-api-mutation';
import type { CallbackReceipt } from '../api/types';
import { useFormToken } from '../api/use-form-token';
import { useRequestCallback } from '../api/use-request-callback';

// The server refuses a form sent less than 3 s after its token was issued (bots post at
// once); a person who is quicker than that waits the rest of the time instead of seeing an error.
const MIN_TOKEN_AGE_MS = 3_200;
const FIELDS = ['name', 'phone', 'email', 'topic', 'preferredTime', 'consent'] as const;

// Off-screen rather than display:none, so form-filling bots still see and fill it.
const honeypotStyle: CSSProperties = { position: 'absolute', left: '-10000px', top: 'auto', width: 1, height: 1, overflow: 'hidden' };

/** Promise 9: the public callback request form of an administration. */
export function CallbackForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const token = useFormToken(`callback-${organizationId}`);
  const request = useRequestCallback(organizationId);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [topic, setTopic] = useState('');
  const [preferredTime, setPreferredTime] = useState('');
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [waiting, setWaiting] = useState(false);
  const [receipt, setReceipt] = useState<CallbackReceipt | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token.data) return;
    const age = Date.now() - token.dataUpdatedAt;
    if (age < MIN_TOKEN_AGE_MS) {
      setWaiting(true);
      await new Promise((resolve) => setTimeout(resolve, MIN_TOKEN_AGE_MS - age));
      setWaiting(false);
    }
    request.mutate(
      {
        formToken: token.data.token,
        website,
        name: name.trim(),
        phone: phone.trim(),
        email: email.trim() || null,
        topic: topic.trim(),
        preferredTime: preferredTime.trim() || null,
        consent,
      },
      {
        onSuccess: (r) => setReceipt(r),
        onError: (err) => {
          // an old or damaged token: fetch a new one so the next attempt can pass
          if (tokenReason(err)) void token.refetch();
        },
      },
    );
  };

  const again = () => {
    setReceipt(null);
    setTopic('');
    setPreferredTime('');
    request.reset();
    void token.refetch();
  };

  if (receipt) {
    return (
      <Stack>
        <Alert color="green" variant="outline" role="status" title={t('publicService.callback.successTitle')}>
          <Text c="dark.8" data-testid="callback-receipt">
            {receipt.dueOn
              ? t('publicService.callback.success', { reference: receipt.reference, date: formatDate(receipt.dueOn) })
              : t('publicService.callback.successNoDate', { reference: receipt.reference })}
          </Text>
        </Alert>
        <Group>
          <Button variant="default" onClick={again}>
            {t('publicService.callback.again')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const errors = fieldErrors(request.error);
  const fieldError = (f: (typeof FIELDS)[number]) => (errors[f] ? t(`publicService.callback.invalid.${f}`) : undefined);
  const reason = tokenReason(request.error);
  const general = request.isError && !FIELDS.some((f) => errors[f]) ? generalError(request.error, reason, t) : null;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="callback-heading" style={{ position: 'relative' }}>
      <Stack gap="sm">
        <Text size="sm" c="gray.8">
          {t('publicService.callback.required')}
        </Text>
        <TextInput
          label={t('publicService.callback.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          autoComplete="name"
          maxLength={200}
          error={fieldError('name')}
        />
        <TextInput
          label={t('publicService.callback.phone')}
          type="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          required
          autoComplete="tel"
          maxLength={50}
          error={fieldError('phone')}
        />
        <TextInput
          label={t('publicService.callback.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          autoComplete="email"
          maxLength={320}
          error={fieldError('email')}
        />
        <Textarea
          label={t('publicService.callback.topic')}
          description={t('publicService.callback.topicHint')}
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={1000}
          error={fieldError('topic')}
        />
        <TextInput
          label={t('publicService.callback.preferredTime')}
          description={t('publicService.callback.preferredTimeHint')}
          value={preferredTime}
          onChange={(e) => setPreferredTime(e.currentTarget.value)}
          maxLength={200}
          error={fieldError('preferredTime')}
        />
        <div aria-hidden="true" style={honeypotStyle}>
          <label htmlFor={`website-${organizationId}`}>{t('publicService.callback.honeypot')}</label>
          <input
            id={`website-${organizationId}`}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
          />
        </div>
        <Text size="sm">{t('publicService.callback.privacy')}</Text>
        <Checkbox
          label={t('publicService.callback.consent')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
          required
          error={fieldError('consent')}
        />
        {general && (
          <Alert color="red" role="alert" title={t('publicService.callback.failed')}>
            {general}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            leftSection={<IconPhoneCall size={18} aria-hidden />}
            loading={waiting || request.isPending}
            disabled={!token.data}
          >
            {t('publicService.callback.submit')}
          </Button>
          {token.isError && (
            <Text size="sm" c="red.9" role="alert">
              {t('publicService.callback.tokenFailed')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Why the server refused the form token, if it did (see public-forms.service.ts). */
function tokenReason(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.status !== 400) return null;
  const reason = (err.details as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' ? reason : null;
}

function generalError(err: Error, reason: string | null, t: (key: string) => string): string {
  if (reason === 'too_fast') return t('publicService.callback.tooFast');
  if (reason) return t('publicService.callback.expired');
  if (err instanceof ApiError && err.status === 409) return t('publicService.callback.unavailable');
  return errorMessage(err, t);
}
