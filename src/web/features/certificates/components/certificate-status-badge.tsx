import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../api/types';

const COLORS: Record<Certificate['status'], string> = { valid: 'green', suspended: 'orange', expired: 'gray', withdrawn: 'red' };

export function CertificateStatusBadge({ status }: { status: Certificate['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[status]} c="dark.9" tt="none">
      {t(`certificates.status.${status}`)}
    </Badge>
  );
}
