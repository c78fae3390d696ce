import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed, useMakeCalendarFeed, useRevokeCalendarFeed } from '../api/use-calendar-feed';

/** The user's iCal feed of audit dates and deadlines: make, copy, replace, switch off. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const make = useMakeCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const url = feed.data?.url ?? null;
  return (
    <Card withBorder component="section" aria-labelledby="calendar-feed-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-feed-heading">
          {t('certificateCycle.feed.title')}
        </Title>
        <Text size="sm">{t('certificateCycle.feed.hint')}</Text>
        {url && (
          <Group align="flex-end">
            <TextInput
              label={t('certificateCycle.feed.url')}
              value={url}
              readOnly
              style={{ flex: 1 }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('certificateCycle.feed.copied') : t('certificateCycle.feed.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        <Group>
          <Button onClick={() => make.mutate(undefined)} loading={make.isPending} variant={url ? 'default' : 'filled'}>
            {url ? t('certificateCycle.feed.replace') : t('certificateCycle.feed.make')}
          </Button>
          {url && (
            <Button color="red.9" variant="outline" onClick={() => revoke.mutate(undefined)} loading={revoke.isPending}>
              {t('certificateCycle.feed.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
