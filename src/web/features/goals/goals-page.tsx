import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { isCertifierRole, useSession } from '../../lib/session';
import { useGoals } from './api/use-goals';
import { GoalCard } from './components/goal-card';

/**
 * Development goals between audits: the agreed goals of passed assessments with target date,
 * state and progress. The municipality notes progress and reports goals reached; the certifier
 * confirms them reached or missed — confirmed goals earn bonus points in the next round.
 */
export function GoalsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const certifier = isCertifierRole(session.data?.user.role);
  const [state, setState] = useState<'open' | 'all'>('open');
  const goals = useGoals(state);
  return (
    <Stack>
      <Title order={1}>{t('goals.title')}</Title>
      <Text>{certifier ? t('goals.introCertifier') : t('goals.introMunicipality')}</Text>
      <SegmentedControl
        aria-label={t('goals.filter.label')}
        value={state}
        onChange={(v) => setState(v as 'open' | 'all')}
        data={[
          { value: 'open', label: t('goals.filter.open') },
          { value: 'all', label: t('goals.filter.all') },
        ]}
        w="fit-content"
      />
      <QueryState query={goals}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{state === 'open' ? t('goals.emptyOpen') : t('goals.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('goals.listLabel')}>
              {data.items.map((g) => (
                <GoalCard key={g.id} goal={g} showMunicipality={certifier} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
