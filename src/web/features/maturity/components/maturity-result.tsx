import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatPercent, pickLocale } from '../../../lib/format';
import type { Benchmark, MaturityView } from '../api/types';
import { useMaturityBenchmark } from '../api/use-maturity-benchmark';
import { scaleLabel } from '../maturity-format';
import { MaturityRadar } from './maturity-radar';

/** The auditor's evaluation: level, radar chart against self-assessment and median, strengths, weaknesses, next steps. */
export function MaturityResult({ assessmentId, view }: { assessmentId: string; view: MaturityView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const result = view.result!;
  const benchmark = useMaturityBenchmark(assessmentId, true);
  const titleOf = (id: string) => pickLocale(view.dimensions.find((d) => d.id === id)?.title, lang);
  const levelOf = (id: string) => formatDecimal(view.dimensions.find((d) => d.id === id)?.auditorLevel, lang);
  const services = view.onlineServices;

  return (
    <Stack component="section" aria-labelledby="maturity-result-title">
      <Title order={2} id="maturity-result-title">
        {t('maturity.result.title')}
      </Title>
      {!result.released && (
        <Alert color="blue" variant="outline">
          <Text c="dark.9">{t('maturity.result.preview')}</Text>
        </Alert>
      )}
      <Group gap="sm">
        <Text fw={500}>{t('maturity.result.level')}:</Text>
        <Badge size="lg" tt="none" color={result.level ? 'teal.9' : 'gray.8'} variant="filled">
          {result.level ? pickLocale(result.level.title, lang) : t('maturity.result.noLevel')}
        </Badge>
      </Group>
      {result.level && <Text>{pickLocale(view.levels.find((l) => l.id === result.level?.id)?.description, lang)}</Text>}
      <Text size="sm" c="gray.8">
        {t(`maturity.result.rule.${view.aggregation}`)}
      </Text>
      {!result.complete && <Alert color="gray">{t('maturity.result.incomplete')}</Alert>}
      <MaturityRadar dimensions={view.dimensions} benchmark={benchmark.data ?? null} />
      <BenchmarkNote benchmark={benchmark.data} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4">
            {t('maturity.result.strengths')}
          </Title>
          <Text size="sm" c="gray.8" mb="xs">
            {t('maturity.result.strengthsHint')}
          </Text>
          {result.strengths.length === 0 ? (
            <Text>{t('maturity.result.none')}</Text>
          ) : (
            <List>
              {result.strengths.map((id) => (
                <List.Item key={id}>{`${titleOf(id)} (${t('maturity.levelShort', { level: levelOf(id) })})`}</List.Item>
              ))}
            </List>
          )}
        </Card>
        <Card withBorder>
          <Title order={3} size="h4">
            {t('maturity.result.weaknesses')}
          </Title>
          <Text size="sm" c="gray.8" mb="xs">
            {t('maturity.result.weaknessesHint')}
          </Text>
          {result.weaknesses.length === 0 ? (
            <Text>{t('maturity.result.none')}</Text>
          ) : (
            <List>
              {result.weaknesses.map((id) => (
                <List.Item key={id}>{`${titleOf(id)} (${t('maturity.levelShort', { level: levelOf(id) })})`}</List.Item>
              ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {result.nextLevel
            ? t('maturity.result.nextSteps', { level: pickLocale(result.nextLevel.title, lang) })
            : t('maturity.result.nextStepsTop')}
        </Title>
        {result.nextSteps.length > 0 && (
          <List>
            {result.nextSteps.map((s) => (
              <List.Item key={s.criterionId}>
                {t('maturity.result.nextStep', { criterion: pickLocale(s.title, lang), current: s.currentLevel, target: s.targetLevel })}
                <Text size="sm" c="gray.8">
                  {scaleLabel(t, s.targetLevel)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Stack gap={4}>
        {view.selfAssessment.budgetShare !== null && (
          <Text>{t('maturity.result.budgetShare', { share: formatPercent(view.selfAssessment.budgetShare, lang) })}</Text>
        )}
        {services.checked ? (
          <Text>
            {t('maturity.result.onlineShare', {
              reallyOnline: services.reallyOnline,
              checked: services.checked,
              share: formatPercent(services.share, lang),
            })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}

function BenchmarkNote({ benchmark }: { benchmark: Benchmark | undefined }) {
  const { t } = useTranslation();
  if (!benchmark) return null;
  const sizeClass = benchmark.sizeClass ? t(`maturity.benchmark.sizeClass.${benchmark.sizeClass.id}`) : '';
  let text: string;
  if (benchmark.available) text = t('maturity.benchmark.available', { count: benchmark.comparableMunicipalities ?? 0, sizeClass });
  else if (benchmark.reason === 'population-unknown') text = t('maturity.benchmark.populationUnknown');
  else text = t('maturity.benchmark.notEnough', { min: benchmark.minimumGroupSize, sizeClass });
  return (
    <Text size="sm" c="gray.8">
      <strong>{t('maturity.benchmark.title')}:</strong> {text}
    </Text>
  );
}
