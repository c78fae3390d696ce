import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../api/types';

const COLORS: Record<AssessmentStatus, string> = {
  applied: 'gray',
  documentation: 'blue',
  meeting_held: 'violet',
  passed: 'green',
  failed: 'orange',
  declined: 'red',
};

/** German status names; the dot carries the colour, the text stays dark for contrast. */
export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[status]} c="dark.9" tt="none" size="md">
      {t(`assessments.status.${status}`)}
    </Badge>
  );
}
