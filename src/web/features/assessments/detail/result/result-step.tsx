import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail, CatalogDefinition } from '../../api/types';
import { ReleasedResult } from './released-result';
import { ReleaseForm } from './release-form';
import { ResultPanel } from './result-panel';
import { ScoringForm } from './scoring-form';

/** Step 5: scoring (certifier, after the meeting), the live result, release, and the released result. */
export function ResultStep({ assessment: a, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t } = useTranslation();
  const released = a.status === 'passed' || a.status === 'failed';

  return (
    <Stack>
      <Title order={2}>{t('assessments.result.title')}</Title>
      {released && a.result && <ReleasedResult assessment={a} />}
      {released && !a.permissions.seePoints && <Alert color="gray">{t('assessments.result.notVisible')}</Alert>}
      {!released && !a.permissions.seePoints && (
        <Alert color="blue" variant="outline" title={t('assessments.result.confidentialTitle')}>
          <Text c="dark.9">{t('assessments.result.confidential')}</Text>
        </Alert>
      )}
      {!released && a.permissions.seePoints && (
        <>
          {a.status !== 'meeting_held' && <Alert color="gray">{t('assessments.result.scoringLater')}</Alert>}
          {a.result && a.status === 'meeting_held' && <ResultPanel result={a.result} live />}
          {a.permissions.score && <ScoringForm assessment={a} catalog={catalog} />}
          {a.permissions.release && <ReleaseForm assessment={a} />}
          {a.status === 'meeting_held' && !a.permissions.release && <Text size="sm">{t('assessments.release.adminOnly')}</Text>}
        </>
      )}
    </Stack>
  );
}
