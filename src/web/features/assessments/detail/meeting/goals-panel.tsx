import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/format';
import { isCertifierRole, useSession } from '../../../../lib/session';
import type { AssessmentDetail, CatalogDefinition } from '../../api/types';
import { useDecideGoal } from '../../api/use-decide-goal';
import { ProposeGoalForm } from './propose-goal-form';

const COLORS: Record<string, string> = { proposed: 'blue', agreed: 'green', rejected: 'red' };

/** Development goals: proposed by the municipality (or certifier), fixed by the certifier. */
export function GoalsPanel({ assessment: a, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t } = useTranslation();
  const role = useSession().data?.user.role;
  const decide = useDecideGoal(a.id);
  const canDecide = isCertifierRole(role) && (a.status === 'documentation' || a.status === 'meeting_held');
  const count = catalog.rules?.developmentGoals?.count;

  return (
    <Card withBorder component="section" aria-labelledby="goals-heading">
      <Stack>
        <Title order={3} size="h4" id="goals-heading">
          {t('assessments.goals.title')}
        </Title>
        {count !== undefined && <Text size="sm">{t('assessments.goals.countRule', { count })}</Text>}
        {a.developmentGoals.length === 0 ? (
          <Text size="sm">{t('assessments.goals.empty')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {a.developmentGoals.map((g) => (
              <Card key={g.id} withBorder padding="sm" component="li">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2}>
                    <Text fw={600}>{g.title}</Text>
                    {g.description && <Text size="sm">{g.description}</Text>}
                    <Text size="sm" c="gray.8">
                      {t('assessments.goals.targetDate')}: {formatDate(g.targetDate)}
                    </Text>
                  </Stack>
                  <Stack gap="xs" align="flex-end">
                    <Badge variant="dot" color={COLORS[g.status] ?? 'gray'} c="dark.9" tt="none">
                      {t(`assessments.goals.status.${g.status}`, { defaultValue: g.status })}
                    </Badge>
                    {canDecide && (
                      <Group gap="xs" wrap="nowrap">
                        {g.status !== 'agreed' && (
                          <Button
                            size="xs"
                            onClick={() => decide.mutate({ goalId: g.id, status: 'agreed' })}
                            aria-label={`${t('assessments.goals.agree')}: ${g.title}`}
                          >
                            {t('assessments.goals.agree')}
                          </Button>
                        )}
                        {g.status !== 'rejected' && (
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.9"
                            onClick={() => decide.mutate({ goalId: g.id, status: 'rejected' })}
                            aria-label={`${t('assessments.goals.reject')}: ${g.title}`}
                          >
                            {t('assessments.goals.reject')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Stack>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
        {a.permissions.proposeGoals && <ProposeGoalForm assessmentId={a.id} />}
      </Stack>
    </Card>
  );
}
