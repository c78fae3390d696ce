import { Button, Stack, Text, Title } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Step 5: the certificate issued at release lives in its own feature. */
export function CertificateStep({ certificateId }: { certificateId: string }) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t('assessments.certificateStep.title')}</Title>
      <Text>{t('assessments.certificateStep.text')}</Text>
      <Button component={Link} to={`/zertifikate/${certificateId}`} leftSection={<IconCertificate size={18} aria-hidden />}>
        {t('assessments.certificateStep.open')}
      </Button>
    </Stack>
  );
}
