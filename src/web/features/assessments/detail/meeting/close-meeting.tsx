import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../api/types';
import { useCloseMeeting } from '../../api/use-close-meeting';

/** The meeting ends without points: closing it opens scoring. */
export function CloseMeeting({ assessment: a }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const close = useCloseMeeting(a.id);
  const ready = Boolean(a.meetingHeldAt) && a.meetingAttendance.length > 0;
  return (
    <Alert color="blue" variant="outline" title={t('assessments.meeting.closeTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dark.9">
          {t('assessments.meeting.closeHint')}
        </Text>
        {!ready && (
          <Text size="sm" c="dark.9">
            {t('assessments.meeting.closeNeedsRecord')}
          </Text>
        )}
        <Button onClick={() => close.mutate(undefined)} loading={close.isPending} disabled={!ready}>
          {t('assessments.meeting.close')}
        </Button>
      </Stack>
    </Alert>
  );
}
