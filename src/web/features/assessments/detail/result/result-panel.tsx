import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, pickLocale } from '../../../../lib/format';
import type { ResultView } from '../../api/types';
import { Field } from '../field';

/** The engine's result as the API computed it: live while scoring, frozen after release. */
export function ResultPanel({ result, live }: { result: ResultView; live: boolean }) {
  const { t, i18n } = useTranslation();
  const n = (v: number | null) => formatNumber(v, i18n.language);
  return (
    <Card withBorder component="section" aria-labelledby="result-panel-heading" aria-live={live ? 'polite' : undefined}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="result-panel-heading">
            {live ? t('assessments.result.liveTitle') : t('assessments.result.finalTitle')}
          </Title>
          <Badge size="lg" variant="dot" color={result.passed ? 'green' : 'red'} c="dark.9" tt="none">
            {result.passed ? t('assessments.result.passed') : t('assessments.result.notPassed')}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
          <Field label={t('assessments.result.regularPoints')}>
            {n(result.regularPoints)} / {n(result.maxRegularPoints)}
          </Field>
          <Field label={t('assessments.result.bonusPoints')}>{n(result.bonusPoints)}</Field>
          <Field label={t('assessments.result.totalPoints')}>
            <strong>{n(result.totalPoints)}</strong>
          </Field>
          <Field label={t('assessments.result.passMark')}>{result.passMark === null ? '–' : n(result.passMark)}</Field>
          <Field label={t('assessments.result.percentage')}>{result.percentage === null ? '–' : `${n(result.percentage)} %`}</Field>
          <Field label={t('assessments.result.missing')}>{result.missingCriteria.length}</Field>
        </SimpleGrid>
        {result.level && (
          <Text>
            {t('assessments.result.level')}: <strong>{pickLocale(result.level.title, i18n.language)}</strong>
          </Text>
        )}
        {typeof result.developmentGoalsReached === 'number' && (
          <Text size="sm">
            {result.developmentGoalsReached > 0
              ? t('goals.resultPanel.counted', { count: result.developmentGoalsReached })
              : t('goals.resultPanel.none')}
          </Text>
        )}
        {live && !result.complete && (
          <Text size="sm" c="red.9">
            {t('assessments.result.incomplete', { count: result.missingCriteria.length })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
