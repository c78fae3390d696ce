import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatNumber } from '../../../lib/format';
import { useComplaintStats } from '../api/use-complaint-stats';

/** The current year's figures: what an audit of the complaint office asks for. */
export function StatsPanel() {
  const { t, i18n } = useTranslation();
  const year = new Date().getFullYear();
  const stats = useComplaintStats(`${year}-01-01`, `${year}-12-31`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-stats-heading">
      <Title order={2} size="h4" id="complaint-stats-heading" mb="sm">
        {t('complaints.stats.title', { year })}
      </Title>
      <QueryState query={stats}>
        {(s) => (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure
              label={t('complaints.stats.total')}
              value={String(s.total)}
              detail={t('complaints.stats.byType', { complaint: s.byType.complaint, idea: s.byType.idea, praise: s.byType.praise })}
            />
            <Figure
              label={t('complaints.stats.open')}
              value={String(s.total - s.byStatus.closed)}
              detail={t('complaints.stats.closed', { count: s.byStatus.closed })}
            />
            <Figure
              label={t('complaints.stats.acknowledgedInTime')}
              value={s.acknowledgement.share === null ? '–' : `${formatNumber(s.acknowledgement.share * 100, i18n.language)} %`}
              detail={t('complaints.stats.acknowledgedDetail', {
                within: s.acknowledgement.withinDeadline,
                decided: s.acknowledgement.decided,
              })}
            />
            <Figure
              label={t('complaints.stats.medianDays')}
              value={s.medianDaysToResponse === null ? '–' : formatNumber(s.medianDaysToResponse, i18n.language)}
              detail={t('complaints.stats.medianDetail')}
            />
          </SimpleGrid>
        )}
      </QueryState>
    </Paper>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="gray.8" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="gray.8">
        {detail}
      </Text>
    </Stack>
  );
}
