import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate, pickLocale } from '../../../lib/format';
import type { AssessmentDetail, CatalogDefinition } from '../api/types';
import { useAssessment } from '../api/use-assessment';
import { useCatalog } from '../api/use-catalog';
import { AssessmentStatusBadge } from '../components/assessment-status-badge';
import { ApplicationStep } from './application/application-step';
import { CertificateStep } from './certificate-step';
import { DocumentationStep } from './documentation/documentation-step';
import { MeetingStep } from './meeting/meeting-step';
import { ResultStep } from './result/result-step';
import { FindingsTab, OpenMajorBanner } from '../../findings/findings-tab';
import { topicGroups } from './catalog-helpers';
import { MaturityTab } from '../../maturity/maturity-tab';
import { AuditPlanTab } from '../../audit-plans/audit-plan-tab';

const STEPS = ['antrag', 'dokumentation', 'reife', 'auditplan', 'gespraech', 'feststellungen', 'ergebnis', 'zertifikat'] as const;
type Step = (typeof STEPS)[number];

function defaultStep(a: AssessmentDetail): Step {
  switch (a.status) {
    case 'applied':
    case 'declined':
      return 'antrag';
    case 'documentation':
      return 'dokumentation';
    case 'meeting_held':
      return a.permissions.score ? 'ergebnis' : 'gespraech';
    default:
      return 'ergebnis';
  }
}

export function AssessmentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  return (
    <Stack>
      {assessment.isError && <Title order={1}>{t('assessments.detail.title')}</Title>}
      <QueryState query={assessment}>{(a) => <CatalogLoader assessment={a} />}</QueryState>
    </Stack>
  );
}

function CatalogLoader({ assessment }: { assessment: AssessmentDetail }) {
  const catalog = useCatalog(assessment.scheme.id, assessment.scheme.version);
  return (
    <Stack>
      <Header assessment={assessment} />
      <QueryState query={catalog}>{(c) => <StepTabs assessment={assessment} catalog={c.definition} />}</QueryState>
    </Stack>
  );
}

function Header({ assessment: a }: { assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/verfahren" size="sm">
        {t('assessments.detail.back')}
      </Anchor>
      <Title order={1}>{t('assessments.detail.heading', { municipality: a.municipality.name })}</Title>
      <Group gap="md">
        <AssessmentStatusBadge status={a.status} />
        <Text>{pickLocale(a.scheme.title, i18n.language)}</Text>
        <Text c="gray.8">
          {t('assessments.detail.meta', {
            round: a.round,
            version: a.scheme.version,
            certifier: a.certifier.name,
            date: formatDate(a.appliedAt),
          })}
        </Text>
      </Group>
      <OpenMajorBanner count={a.openMajorCount} />
      {a.previousAssessmentId && (
        <Anchor component={Link} to={`/verfahren/${a.previousAssessmentId}`} size="sm">
          {t('assessments.detail.previousRound')}
        </Anchor>
      )}
    </Stack>
  );
}

function StepTabs({ assessment, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // digital maturity schemes (DQD) get their own tab: self-assessment, online services, radar chart
  const maturity = catalog.rules?.decision?.type === 'maturity';
  const released = assessment.status === 'passed' || assessment.status === 'failed';
  const requested = params.get('schritt') as Step | null;
  const step: Step =
    requested && STEPS.includes(requested) && (requested !== 'reife' || maturity)
      ? requested
      : maturity && released
        ? 'reife'
        : defaultStep(assessment);
  const setStep = (value: string | null) => {
    if (!value) return;
    setParams(
      (p) => {
        p.set('schritt', value);
        return p;
      },
      { replace: true },
    );
  };
  const noDocumentation = assessment.status === 'applied' || assessment.status === 'declined';

  return (
    <Tabs value={step} onChange={setStep} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="antrag">{t('assessments.steps.application')}</Tabs.Tab>
        <Tabs.Tab value="dokumentation">{t('assessments.steps.documentation')}</Tabs.Tab>
        {maturity && <Tabs.Tab value="reife">{t('maturity.tab')}</Tabs.Tab>}
        <Tabs.Tab value="auditplan">{t('auditPlans.tab')}</Tabs.Tab>
        <Tabs.Tab value="gespraech">{t('assessments.steps.meeting')}</Tabs.Tab>
        <Tabs.Tab value="feststellungen">{t('findings.tab')}</Tabs.Tab>
        <Tabs.Tab value="ergebnis">{t('assessments.steps.result')}</Tabs.Tab>
        {assessment.certificateId && <Tabs.Tab value="zertifikat">{t('assessments.steps.certificate')}</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="antrag" pt="md">
        <ApplicationStep assessment={assessment} />
      </Tabs.Panel>
      <Tabs.Panel value="dokumentation" pt="md">
        {noDocumentation ? (
          <Alert color="gray">{t('assessments.documentation.notYet')}</Alert>
        ) : (
          <DocumentationStep assessment={assessment} catalog={catalog} />
        )}
      </Tabs.Panel>
      {maturity && (
        <Tabs.Panel value="reife" pt="md">
          <MaturityTab assessmentId={assessment.id} status={assessment.status} />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="auditplan" pt="md">
        <AuditPlanTab assessmentId={assessment.id} criteria={topicGroups(catalog).flatMap((g) => g.criteria.map((c) => c.criterion))} />
      </Tabs.Panel>
      <Tabs.Panel value="gespraech" pt="md">
        {noDocumentation ? (
          <Alert color="gray">{t('assessments.meeting.notYet')}</Alert>
        ) : (
          <MeetingStep assessment={assessment} catalog={catalog} />
        )}
      </Tabs.Panel>
      <Tabs.Panel value="feststellungen" pt="md">
        <FindingsTab assessmentId={assessment.id} criteria={topicGroups(catalog).flatMap((g) => g.criteria.map((c) => c.criterion))} />
      </Tabs.Panel>
      <Tabs.Panel value="ergebnis" pt="md">
        <ResultStep assessment={assessment} catalog={catalog} />
      </Tabs.Panel>
      {assessment.certificateId && (
        <Tabs.Panel value="zertifikat" pt="md">
          <CertificateStep certificateId={assessment.certificateId} />
        </Tabs.Panel>
      )}
    </Tabs>
  );
}
