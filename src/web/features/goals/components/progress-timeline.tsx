import { Anchor, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { ProgressNote } from '../api/types';

/** The progress notes of a goal, oldest first. */
export function ProgressTimeline({ notes }: { notes: ProgressNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return <Text size="sm">{t('goals.progress.none')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={notes.length - 1}>
      {notes.map((n) => (
        <Timeline.Item key={n.id} title={formatDateTime(n.createdAt)}>
          {n.note && <Text size="sm">{n.note}</Text>}
          {n.link && (
            <Anchor href={n.link} target="_blank" rel="noopener noreferrer" size="sm">
              {n.link}
            </Anchor>
          )}
          {n.authorName && (
            <Text size="xs" c="gray.8">
              {n.authorName}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
