import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { pickLocale } from '../../lib/format';
import type { FindingCriterion, FindingsView } from './api/types';
import { useCreateFinding } from './api/use-create-finding';
import { useFindings } from './api/use-findings';
import { ActionsToCheck } from './components/actions-to-check';
import { FindingCard } from './components/finding-card';
import { FindingForm } from './components/finding-form';
import { ReportDownloads } from './components/report-downloads';

/**
 * The findings of an assessment, per criterion: the certifier records, edits and closes them and
 * checks the effectiveness of actions; the municipality answers and manages its actions. What
 * each may do comes from the API's permissions, not from role names.
 */
export function FindingsTab({ assessmentId, criteria }: { assessmentId: string; criteria: FindingCriterion[] }) {
  const { t } = useTranslation();
  const findings = useFindings(assessmentId);
  return (
    <Stack>
      <Title order={2}>{t('findings.title')}</Title>
      <Text>{t('findings.intro')}</Text>
      <QueryState query={findings}>{(view) => <FindingsBody assessmentId={assessmentId} criteria={criteria} view={view} />}</QueryState>
    </Stack>
  );
}

function FindingsBody({ assessmentId, criteria, view }: { assessmentId: string; criteria: FindingCriterion[]; view: FindingsView }) {
  const { t, i18n } = useTranslation();
  const create = useCreateFinding(assessmentId);
  // a fresh form after each recorded finding
  const [formKey, setFormKey] = useState(0);
  const known = new Set(criteria.map((c) => c.id));
  const groups = criteria
    .map((c) => ({
      id: c.id,
      heading: `${c.reference ? `${c.reference} – ` : ''}${pickLocale(c.title, i18n.language)}`,
      findings: view.findings.filter((f) => f.criterionId === c.id),
    }))
    .filter((g) => g.findings.length > 0);
  // a finding carried over onto a criterion the catalog version no longer has
  const orphans = view.findings.filter((f) => !known.has(f.criterionId));
  if (orphans.length > 0) groups.push({ id: 'other', heading: t('findings.otherCriteria'), findings: orphans });

  return (
    <Stack>
      <ReportDownloads assessmentId={assessmentId} />
      {view.permissions.record && (
        <Card withBorder component="section">
          <FindingForm
            key={formKey}
            headingOrder={3}
            criteria={criteria}
            pending={create.isPending}
            onSubmit={(body) => create.mutate(body, { onSuccess: () => setFormKey((k) => k + 1) })}
          />
        </Card>
      )}
      <ActionsToCheck actions={view.actionsToCheck} permissions={view.permissions} />
      {view.findings.length === 0 && <Text>{t('findings.empty')}</Text>}
      {groups.map((g) => (
        <Stack key={g.id} component="section" gap="xs" aria-labelledby={`findings-criterion-${g.id}`}>
          <Title order={3} size="h4" id={`findings-criterion-${g.id}`}>
            {g.heading}
          </Title>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {g.findings.map((f) => (
              <FindingCard key={f.id} finding={f} criteria={criteria} permissions={view.permissions} />
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * The ISO rule made visible on the assessment page: while a major nonconformity is open, the
 * certification decision cannot be released.
 */
export function OpenMajorBanner({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <Alert color="red" variant="outline" title={t('findings.blocking.title', { count })}>
      <Text c="dark.9" size="sm">
        {t('findings.blocking.text')}
      </Text>
    </Alert>
  );
}
