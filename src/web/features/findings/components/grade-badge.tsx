import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FindingGrade } from '../api/types';

// Colour only repeats what the text says: the grade is always written out.
const COLORS: Record<FindingGrade, string> = { major: 'red', minor: 'orange', observation: 'blue', improvement: 'teal' };

export function GradeBadge({ grade }: { grade: FindingGrade }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[grade]} c="dark.9" tt="none" size="lg">
      {t(`findings.grade.${grade}`)}
    </Badge>
  );
}
