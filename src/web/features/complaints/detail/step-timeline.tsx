import { Text, Timeline } from '@mantine/core';
import { IconCheck, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { ComplaintDetail } from '../api/types';

// The seven ISO 10002 steps in order, with the event that marks each one done.
const STEPS = [
  ['receive', 'received'],
  ['acknowledge', 'acknowledged'],
  ['assess', 'assessed'],
  ['investigate', 'investigated'],
  ['respond', 'responded'],
  ['communicate_decision', 'decision_communicated'],
  ['close', 'closed'],
] as const;

/** Who took which step when; the next step is marked, later ones wait. */
export function StepTimeline({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const doneCount = STEPS.filter(([, event]) => c.events.some((e) => e.step === event)).length;
  return (
    <Timeline active={doneCount - 1} bulletSize={22} lineWidth={2} color="blue.8">
      {STEPS.map(([step, event]) => {
        const taken = c.events.filter((e) => e.step === event);
        const last = taken.at(-1);
        const isNext = c.nextStep === step;
        return (
          <Timeline.Item
            key={step}
            bullet={last ? <IconCheck size={14} aria-hidden /> : <IconPoint size={14} aria-hidden />}
            title={
              <Text fw={isNext ? 700 : 500}>
                {t(`complaints.step.${step}`)}
                {isNext && ` – ${t('complaints.detail.nextMarker')}`}
              </Text>
            }
          >
            {last ? (
              <Text size="sm" c="gray.8">
                {t('complaints.detail.takenBy', {
                  date: formatDateTime(last.occurredAt),
                  who: last.actor?.displayName ?? t('complaints.detail.publicForm'),
                })}
                {taken.length > 1 && ` (${t('complaints.detail.times', { count: taken.length })})`}
                {last.data.channel && step === 'communicate_decision' && ` · ${t(`complaints.decisionChannel.${last.data.channel}`)}`}
              </Text>
            ) : (
              <Text size="sm" c="gray.8">
                {t('complaints.detail.open')}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
