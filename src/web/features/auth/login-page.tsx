import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { errorMessage } from '../../lib/use-api-mutation';
import { useLogin } from './api/use-login';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from ?? '/verfahren';

  if (session.data) return <Navigate to={from} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (me) => {
          if (me.user.locale && me.user.locale !== i18n.language && !localStorage.getItem('siegelwerk.locale'))
            void i18n.changeLanguage(me.user.locale);
          navigate(from, { replace: true });
        },
      },
    );
  };

  const error = login.error;
  const message =
    error instanceof ApiError && error.status === 401
      ? t('login.wrongCredentials')
      : error instanceof ApiError && error.status === 400
        ? t('login.invalidInput')
        : error
          ? errorMessage(error, t)
          : null;

  return (
    <Stack maw={420} mx="auto" mt="xl">
      <Title order={1}>{t('login.title')}</Title>
      <Text>{t('login.intro')}</Text>
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-label={t('login.title')}>
        <Stack>
          {message && (
            <Alert color="red" role="alert" title={t('login.failed')}>
              {message}
            </Alert>
          )}
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </Paper>
      <Text>
        {t('login.registryHint')}{' '}
        <Anchor component={Link} to="/verzeichnis">
          {t('login.registryLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
