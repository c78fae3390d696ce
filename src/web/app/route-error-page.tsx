import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

const RELOADED = 'siegelwerk.reloaded-for-update';

/** A page file of an older build that the server no longer has: the app was updated under an open tab. */
function isStaleBuild(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(message);
}

/**
 * What a route shows when loading or rendering it failed. After a deployment an open tab asks
 * for page files that no longer exist: it reloads once to get the new build; anything else
 * (or a second failure) is shown with a way back.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const stale = isStaleBuild(error);
  useEffect(() => {
    if (stale && !sessionStorage.getItem(RELOADED)) {
      sessionStorage.setItem(RELOADED, '1');
      window.location.reload();
    }
  }, [stale]);
  return (
    <Stack p="md" component="main">
      <Title order={1}>{t('routeError.title')}</Title>
      <Text>{stale ? t('routeError.updated') : t('routeError.text')}</Text>
      <Stack gap="xs" align="flex-start">
        <Button
          onClick={() => {
            sessionStorage.removeItem(RELOADED);
            window.location.reload();
          }}
        >
          {t('routeError.reload')}
        </Button>
        <Anchor href="/">{t('notFound.home')}</Anchor>
      </Stack>
    </Stack>
  );
}
