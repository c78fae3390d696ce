import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useMaturity } from './api/use-maturity';
import { MaturityResult } from './components/maturity-result';
import { OnlineServicesSection } from './components/online-services-section';
import { SelfAssessmentSection } from './components/self-assessment-section';

type Props = { assessmentId: string; status: 'applied' | 'documentation' | 'meeting_held' | 'passed' | 'failed' | 'declined' };

/**
 * The "Digitale Reife" tab of a maturity assessment (DQD): the municipality's self-assessment and
 * online services, then the auditor's result with the radar chart, for the certifier at once and
 * for the municipality after release.
 */
export function MaturityTab({ assessmentId, status }: Props) {
  const { t } = useTranslation();
  const maturity = useMaturity(assessmentId);
  if (status === 'applied' || status === 'declined') return <Alert color="gray">{t('assessments.documentation.notYet')}</Alert>;
  return (
    <QueryState query={maturity}>
      {(view) => (
        <Stack gap="xl">
          {view.result && <MaturityResult assessmentId={assessmentId} view={view} />}
          <SelfAssessmentSection assessmentId={assessmentId} view={view} />
          <OnlineServicesSection assessmentId={assessmentId} view={view} />
          {!view.result && (
            <Alert color="blue" variant="outline" title={t('maturity.result.title')}>
              <Text c="dark.9">{t('maturity.result.confidential')}</Text>
            </Alert>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
