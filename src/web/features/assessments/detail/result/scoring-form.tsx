import { Accordion, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, pickLocale } from '../../../../lib/format';
import type { AssessmentDetail, CatalogDefinition } from '../../api/types';
import { topicGroups } from '../catalog-helpers';
import { BonusPointsRow } from './bonus-points-row';
import { ScoreRow } from './score-row';

/** Points per criterion, grouped by topic field, and bonus points per presented project. */
export function ScoringForm({ assessment: a, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t, i18n } = useTranslation();
  const states = new Map(a.criteria.map((c) => [c.criterionId, c]));
  const missing = new Set(a.result?.missingCriteria ?? []);
  const cap = catalog.rules?.bonus?.cap;

  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="scoring-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="scoring-heading">
            {t('assessments.score.title')}
          </Title>
          <Text size="sm">{t('assessments.score.hint')}</Text>
          <Accordion multiple variant="separated" chevronPosition="left">
            {topicGroups(catalog).map((g) => {
              const open = g.criteria.filter((c) => missing.has(c.criterion.id)).length;
              return (
                <Accordion.Item key={g.topic.id} value={g.topic.id}>
                  <Accordion.Control>
                    <Text fw={600} component="span">
                      {pickLocale(g.topic.title, i18n.language)}
                    </Text>{' '}
                    <Text component="span" size="sm" c="gray.8">
                      ({open ? t('assessments.score.openCount', { count: open }) : t('assessments.score.allScored')})
                    </Text>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      {g.criteria.map(({ criterion }) => (
                        <ScoreRow
                          key={criterion.id}
                          assessmentId={a.id}
                          criterion={criterion}
                          score={states.get(criterion.id)?.score ?? null}
                          measured={states.get(criterion.id)?.measuredEvidence ?? []}
                          missing={missing.has(criterion.id)}
                        />
                      ))}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="bonus-points-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="bonus-points-heading">
            {t('assessments.score.bonusTitle')}
          </Title>
          {cap !== undefined && <Text size="sm">{t('assessments.score.bonusCap', { cap: formatNumber(cap, i18n.language) })}</Text>}
          {a.bonusProjects.length === 0 ? (
            <Text size="sm">{t('assessments.bonus.empty')}</Text>
          ) : (
            a.bonusProjects.map((p) => <BonusPointsRow key={p.id} assessmentId={a.id} project={p} />)
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
