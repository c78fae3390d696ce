import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../domain/cases/case-timeline';

const COLORS: Record<CaseState, string> = {
  on_time: 'green',
  at_risk: 'orange',
  overdue: 'red',
  paused: 'gray',
  met: 'teal',
  missed: 'grape',
  excluded: 'gray',
  no_deadline: 'blue',
};

/** The state of a case in words (fristgerecht, gefährdet, überfällig …); the dot only adds colour. Never shrunk to an ellipsis in a narrow column. */
export function CaseStateBadge({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[state]} c="dark.9" tt="none" size="md" miw="max-content">
      {t(`caseState.${state}`)}
    </Badge>
  );
}
