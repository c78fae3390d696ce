import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateState } from '../api/cycle-types';

const COLORS: Record<CertificateState, string> = {
  valid: 'green',
  surveillance_due: 'yellow',
  suspended: 'orange',
  expired: 'gray',
  withdrawn: 'red',
};

/** The certificate's state today, in words (the colour only repeats it). */
export function CertificateStateBadge({ state }: { state: CertificateState }) {
  const { t } = useTranslation();
  return (
    // never cut to "ausg…" in a narrow table column: the state is the point of the badge
    <Badge variant="dot" color={COLORS[state]} c="dark.9" tt="none" miw="max-content">
      {t(`certificateCycle.state.${state}`)}
    </Badge>
  );
}
