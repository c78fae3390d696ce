import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../api/types';

/** Add and remove attendees (name and role); row n is labelled "Name n" / "Funktion n". */
export function AttendeesEditor({ value, onChange }: { value: Attendee[]; onChange: (v: Attendee[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Attendee>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Fieldset legend={t('assessments.meeting.attendance')}>
      <Stack gap="xs">
        {value.map((p, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              label={t('assessments.meeting.attendeeName', { n: i + 1 })}
              value={p.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              style={{ flex: 1 }}
              maxLength={200}
            />
            <TextInput
              label={t('assessments.meeting.attendeeRole', { n: i + 1 })}
              value={p.role}
              onChange={(e) => set(i, { role: e.currentTarget.value })}
              style={{ flex: 1 }}
              maxLength={200}
            />
            <Button
              variant="default"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              aria-label={t('assessments.meeting.removeAttendeeN', { n: i + 1 })}
            >
              {t('assessments.meeting.removeAttendee')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange([...value, { name: '', role: '' }])}
          >
            {t('assessments.meeting.addAttendee')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
