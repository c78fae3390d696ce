import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { ApiError } from '../../lib/api-client';
import { stateText } from '../../lib/service-terms';
import { useServicePage } from './api/use-service-page';
import { CallbackForm } from './components/callback-form';
import { PilotContactCard } from './components/pilot-contact-card';
import { PublicPromiseList } from './components/public-promise-list';

/** The public page of one administration: its promises, its pilots, a callback form. No login. */
export function ServicePage() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const page = useServicePage(organizationId);

  if (page.error instanceof ApiError && (page.error.status === 404 || page.error.status === 400)) {
    return (
      <Stack>
        <Title order={1}>{t('publicService.notFoundTitle')}</Title>
        <Text>{t('publicService.notFound')}</Text>
        <Anchor component={Link} to="/service">
          {t('publicService.backToDirectory')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <QueryState query={page}>
      {(p) => (
        <Stack gap="xl" maw={960}>
          <Stack gap={4}>
            <Anchor component={Link} to="/service" size="sm">
              {t('publicService.backToDirectory')}
            </Anchor>
            <Title order={1}>{p.name}</Title>
            <Text c="gray.8">
              {[p.kind === 'district' ? t('publicService.kind.district') : p.district, p.stateCode ? stateText(t, p.stateCode) : null]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>

          <Stack component="section" aria-labelledby="promises-heading">
            <Title order={2} id="promises-heading">
              {t('publicService.promisesTitle')}
            </Title>
            {p.promises.length === 0 ? <Text>{t('publicService.noPromises')}</Text> : <PublicPromiseList promises={p.promises} />}
            <Text size="sm" c="gray.8">
              {t('publicService.deadlineNote')}{' '}
              <Anchor component={Link} to="/fristenrechner" underline="always">
                {t('publicService.calculatorLink')}
              </Anchor>
            </Text>
          </Stack>

          <Stack component="section" aria-labelledby="pilots-heading">
            <Title order={2} id="pilots-heading">
              {t('publicService.pilotsTitle')}
            </Title>
            <Text>{t('publicService.pilotsIntro')}</Text>
            {p.pilots.length === 0 ? (
              <Text>{t('publicService.noPilots')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {p.pilots.map((pilot) => (
                  <PilotContactCard key={`${pilot.email}-${pilot.name}`} pilot={pilot} />
                ))}
              </SimpleGrid>
            )}
          </Stack>

          <Paper withBorder p="lg" component="section" aria-labelledby="callback-heading">
            <Stack>
              <Title order={2} id="callback-heading">
                {t('publicService.callback.title')}
              </Title>
              {p.callbackAvailable ? (
                <>
                  <Text>{t('publicService.callback.intro')}</Text>
                  <CallbackForm organizationId={p.id} />
                </>
              ) : (
                <Text>{t('publicService.callback.notOffered')}</Text>
              )}
            </Stack>
          </Paper>

          <Stack component="section" aria-labelledby="complaint-heading">
            <Title order={2} id="complaint-heading">
              {t('publicService.complaintTitle')}
            </Title>
            <Alert icon={<IconMessageReport aria-hidden />} color="blue" variant="outline">
              <Text c="dark.8">
                {t('publicService.complaintText')}{' '}
                <Anchor component={Link} to={`/beschwerde/${p.id}`} fw={600} underline="always">
                  {t('publicService.complaintLink')}
                </Anchor>
              </Text>
            </Alert>
          </Stack>
        </Stack>
      )}
    </QueryState>
  );
}
