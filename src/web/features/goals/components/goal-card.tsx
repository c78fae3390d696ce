import { Anchor, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate, pickLocale } from '../../../lib/format';
import type { GoalView } from '../api/types';
import { useGoal } from '../api/use-goal';
import { DecisionButtons } from './decision-buttons';
import { GoalStateBadge } from './goal-state-badge';
import { ProgressForm } from './progress-form';
import { ProgressTimeline } from './progress-timeline';
import { ReachedForm } from './reached-form';

/** One goal: target date, state, last progress; opened, its timeline and what the reader may do. */
export function GoalCard({ goal, showMunicipality }: { goal: GoalView; showMunicipality: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = `goal-details-${goal.id}`;
  const headingId = `goal-${goal.id}`;
  return (
    <Card withBorder component="li" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {goal.title}
          </Title>
          <Group gap={6} wrap="nowrap">
            {goal.overdue && (
              <Badge variant="outline" color="red" c="red.9" tt="none">
                {t('goals.overdue')}
              </Badge>
            )}
            <GoalStateBadge state={goal.state} />
          </Group>
        </Group>
        <Text size="sm" c="gray.8">
          {showMunicipality && `${goal.municipality.name} · `}
          {pickLocale(goal.schemeTitle, i18n.language)} ·{' '}
          <Anchor component={Link} to={`/verfahren/${goal.assessmentId}`} size="sm" underline="always">
            {t('goals.round', { round: goal.round })}
          </Anchor>
        </Text>
        {goal.description && <Text size="sm">{goal.description}</Text>}
        <Group gap="lg">
          <Text size="sm">
            {t('goals.targetDate')}: <strong>{goal.targetDate ? formatDate(goal.targetDate) : t('goals.noTargetDate')}</strong>
          </Text>
          {goal.reachedOn && (
            <Text size="sm">
              {goal.state === 'reached' ? t('goals.reachedOn') : t('goals.reportedOn')}: <strong>{formatDate(goal.reachedOn)}</strong>
            </Text>
          )}
          {goal.confirmedAt && (
            <Text size="sm">{t('goals.decidedBy', { date: formatDate(goal.confirmedAt), name: goal.confirmedByName ?? '–' })}</Text>
          )}
        </Group>
        {goal.lastProgress ? (
          <Text size="sm">
            {t('goals.lastProgress', { date: formatDate(goal.lastProgress.createdAt) })}: {goal.lastProgress.note}
            {goal.lastProgress.link && (
              <>
                {' '}
                <Anchor href={goal.lastProgress.link} target="_blank" rel="noopener noreferrer" size="sm" underline="always">
                  {t('goals.link')}
                </Anchor>
              </>
            )}
          </Text>
        ) : (
          <Text size="sm" c="gray.8">
            {t('goals.progress.none')}
          </Text>
        )}
        {goal.closed && (
          <Text size="sm" c="gray.8">
            {t('goals.closed')}
          </Text>
        )}
        <div>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((o) => !o)}
          >
            {t('goals.details', { count: goal.progressCount })}
          </Button>
        </div>
        {open && (
          <div id={detailsId}>
            <GoalDetails goal={goal} />
          </div>
        )}
      </Stack>
    </Card>
  );
}

function GoalDetails({ goal }: { goal: GoalView }) {
  const { t } = useTranslation();
  const detail = useGoal(goal.id);
  return (
    <Stack gap="md">
      <Divider />
      <Title order={3} size="h5">
        {t('goals.progress.title')}
      </Title>
      <QueryState query={detail}>{(d) => <ProgressTimeline notes={d.progress} />}</QueryState>
      {goal.permissions.addProgress && <ProgressForm goalId={goal.id} />}
      {goal.permissions.reportReached && <ReachedForm goalId={goal.id} reachedOn={goal.reachedOn} />}
      {goal.permissions.decide && <DecisionButtons goalId={goal.id} state={goal.state} />}
    </Stack>
  );
}
