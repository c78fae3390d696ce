import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';

/** The audit report as PDF and XLSX, each in German and English. */
export function ReportDownloads({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const path = (ext: 'pdf' | 'xlsx', lang: 'de' | 'en') => `/assessments/${assessmentId}/audit-report.${ext}?lang=${lang}`;
  return (
    <Card withBorder component="section" aria-labelledby="audit-report-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="audit-report-heading">
          {t('findings.report.title')}
        </Title>
        <Text size="sm" c="gray.8">
          {t('findings.report.hint')}
        </Text>
        <Group gap="xs">
          <DownloadButton path={path('pdf', 'de')} label={t('findings.report.pdfDe')} />
          <DownloadButton path={path('pdf', 'en')} label={t('findings.report.pdfEn')} />
          <DownloadButton path={path('xlsx', 'de')} label={t('findings.report.xlsxDe')} />
          <DownloadButton path={path('xlsx', 'en')} label={t('findings.report.xlsxEn')} />
        </Group>
      </Stack>
    </Card>
  );
}
