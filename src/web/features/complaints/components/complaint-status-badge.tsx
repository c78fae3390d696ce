import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '../api/types';

const COLORS: Record<ComplaintStatus, string> = {
  received: 'gray',
  acknowledged: 'blue',
  in_progress: 'violet',
  responded: 'teal',
  closed: 'green',
};

/** The dot carries the colour, the text stays dark for contrast. */
export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="dot"
      color={COLORS[status]}
      c="dark.9"
      tt="none"
      size="md"
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`complaints.status.${status}`)}
    </Badge>
  );
}

/** Shown while an acknowledgement is past its due date (RAL-GZ 981: 3 working days). */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" tt="none" size="md">
      {t('complaints.overdue')}
    </Badge>
  );
}
