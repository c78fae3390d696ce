import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../api/types';

const COLORS: Record<ImportStatus, string> = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' };

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  // dark text on the light variant keeps the contrast above 4.5:1
  return (
    <Badge color={COLORS[status]} variant="light" c="dark.9">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}
