import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DownloadButton } from '../../../../components/download-button';
import { formatDateTime } from '../../../../lib/format';
import type { AssessmentDetail } from '../../api/types';
import { useOpenNewRound } from '../../api/use-open-new-round';
import { Field } from '../field';
import { ResultPanel } from './result-panel';

/** After release: the frozen result, the report card, and next steps or the certificate. */
export function ReleasedResult({ assessment: a }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const newRound = useOpenNewRound(a.id);
  return (
    <Stack>
      <Text>{t('assessments.result.releasedOn', { date: formatDateTime(a.releasedAt) })}</Text>
      {a.result && <ResultPanel result={a.result} live={false} />}
      <Group>
        <DownloadButton path={`/assessments/${a.id}/report-card.pdf`} label={t('assessments.result.reportCard')} variant="filled" />
        {a.certificateId && (
          <Button component={Link} to={`/zertifikate/${a.certificateId}`} variant="outline">
            {t('assessments.certificateStep.open')}
          </Button>
        )}
      </Group>
      {a.phoneCallAt && (
        <Card withBorder>
          <Group gap="xl">
            <Field label={t('assessments.release.phoneCallAt')}>{formatDateTime(a.phoneCallAt)}</Field>
            <Field label={t('assessments.release.phoneCallWith')}>{a.phoneCallWith ?? '–'}</Field>
          </Group>
        </Card>
      )}
      {a.status === 'failed' && (
        <Alert color="orange" variant="outline" title={t('assessments.result.nextStepsTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text c="dark.9" style={{ whiteSpace: 'pre-wrap' }}>
              {a.nextSteps ?? '–'}
            </Text>
            {a.permissions.openNewRound && (
              <Button
                leftSection={<IconRepeat size={16} aria-hidden />}
                loading={newRound.isPending}
                onClick={() => newRound.mutate(undefined, { onSuccess: (r) => navigate(`/verfahren/${r.id}`) })}
              >
                {t('assessments.result.openNewRound')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {a.status === 'passed' && a.nextSteps && (
        <Card withBorder>
          <Field label={t('assessments.release.nextSteps')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{a.nextSteps}</span>
          </Field>
        </Card>
      )}
    </Stack>
  );
}
