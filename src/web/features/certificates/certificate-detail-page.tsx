import { Alert, Anchor, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DownloadButton } from '../../components/download-button';
import { QueryState } from '../../components/query-state';
import { formatDate, formatDateTime, pickLocale } from '../../lib/format';
import { isCertifierRole, isMunicipalityRole, useSession } from '../../lib/session';
import type { Certificate } from './api/types';
import { useAcknowledgeTerms } from './api/use-acknowledge-terms';
import { useCertificate } from './api/use-certificate';
import { useMarkKeyVisualSent } from './api/use-mark-key-visual-sent';
import { CycleCard } from './components/cycle-card';
import { PublicityForm } from './components/publicity-form';

export function CertificateDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const certificate = useCertificate(id);
  return (
    <Stack>
      <QueryState query={certificate}>{(c) => <CertificateView certificate={c} />}</QueryState>
      {certificate.isError && <Title order={1}>{t('certificates.detailTitle')}</Title>}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.8" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

function CertificateView({ certificate: c }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const role = useSession().data?.user.role;
  const keyVisual = useMarkKeyVisualSent(c.id);
  const acknowledge = useAcknowledgeTerms(c.id);
  return (
    <Stack>
      <Title order={1}>{t('certificates.detailHeading', { number: c.number })}</Title>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Field label={t('certificates.seal')}>{pickLocale(c.schemeTitle, i18n.language)}</Field>
          {c.level && <Field label={t('maturity.certificateLevel')}>{pickLocale(c.level.title, i18n.language)}</Field>}
          <Field label={t('certificates.municipality')}>{c.municipality.name}</Field>
          <Field label={t('certificates.certifier')}>{c.certifier.name}</Field>
          <Field label={t('certificates.validFrom')}>{formatDate(c.validFrom)}</Field>
          <Field label={t('certificates.validUntil')}>{formatDate(c.validUntil)}</Field>
          <Field label={t('certificates.issuedAt')}>{formatDate(c.issuedAt)}</Field>
          <Field label={t('certificates.handoverOn')}>{formatDate(c.handoverOn)}</Field>
          <Field label={t('certificates.handoverForm')}>{c.handoverForm ?? '–'}</Field>
          <Field label={t('certificates.plaqueStatusLabel')}>{t(`certificates.plaque.${c.plaqueStatus}`)}</Field>
          <Field label={t('certificates.keyVisualSentAt')}>{formatDateTime(c.keyVisualSentAt)}</Field>
          <Field label={t('certificates.termsAcknowledgedAt')}>{formatDateTime(c.termsAcknowledgedAt)}</Field>
        </SimpleGrid>
        <Group mt="md">
          <DownloadButton path={`/certificates/${c.id}/document.pdf`} label={t('certificates.downloadDocument')} variant="filled" />
          <Anchor component={Link} to={`/verfahren/${c.assessmentId}`}>
            {t('certificates.toAssessment')}
          </Anchor>
        </Group>
      </Card>

      <CycleCard certificateId={c.id} />

      {isCertifierRole(role) && (
        <Card withBorder>
          <Stack>
            <PublicityForm certificate={c} />
            <Divider />
            <Title order={2} size="h3">
              {t('certificates.keyVisualTitle')}
            </Title>
            {c.keyVisualSentAt ? (
              <Text>{t('certificates.keyVisualSentOn', { date: formatDateTime(c.keyVisualSentAt) })}</Text>
            ) : (
              <>
                <Text>{c.handoverOn ? t('certificates.keyVisualHint') : t('certificates.keyVisualNeedsHandover')}</Text>
                <Group>
                  <Button onClick={() => keyVisual.mutate(undefined)} loading={keyVisual.isPending} disabled={!c.handoverOn}>
                    {t('certificates.markKeyVisualSent')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Card>
      )}

      {isMunicipalityRole(role) && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h3">
              {t('certificates.termsTitle')}
            </Title>
            {!c.keyVisualSentAt && <Text>{t('certificates.termsNotYet')}</Text>}
            {c.keyVisualSentAt && c.termsAcknowledgedAt && (
              <Alert color="green">{t('certificates.termsDone', { date: formatDateTime(c.termsAcknowledgedAt) })}</Alert>
            )}
            {c.keyVisualSentAt && !c.termsAcknowledgedAt && (
              <>
                <Text>{t('certificates.termsHint')}</Text>
                <Group>
                  <Button onClick={() => acknowledge.mutate(undefined)} loading={acknowledge.isPending}>
                    {t('certificates.acknowledgeTerms')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
