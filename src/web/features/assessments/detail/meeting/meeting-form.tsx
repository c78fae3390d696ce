import { Accordion, Button, Divider, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToLocalInput, localInputToIso, pickLocale } from '../../../../lib/format';
import type { AssessmentDetail, CatalogDefinition } from '../../api/types';
import { useRecordMeeting } from '../../api/use-record-meeting';
import { topicGroups } from '../catalog-helpers';
import { AttendeesEditor } from './attendees-editor';

/** The certifier records when and where the meeting was held, who attended, a summary and notes per criterion. */
export function MeetingForm({ assessment: a, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t, i18n } = useTranslation();
  const record = useRecordMeeting(a.id);
  const [heldAt, setHeldAt] = useState(isoToLocalInput(a.meetingHeldAt ?? a.meetingPlannedAt));
  const [location, setLocation] = useState(a.meetingLocation ?? '');
  const [attendees, setAttendees] = useState(a.meetingAttendance.length ? a.meetingAttendance : [{ name: '', role: '' }]);
  const [summary, setSummary] = useState(a.meetingSummary ?? '');
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(a.criteria.map((c) => [c.criterionId, c.meetingNote ?? ''])),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const original = new Map(a.criteria.map((c) => [c.criterionId, c.meetingNote ?? '']));
    record.mutate({
      heldAt: localInputToIso(heldAt),
      location: location.trim() || null,
      attendance: attendees.map((p) => ({ name: p.name.trim(), role: p.role.trim() })).filter((p) => p.name || p.role),
      summary: summary.trim() || null,
      notes: Object.entries(notes)
        .filter(([id, note]) => note !== original.get(id))
        .map(([criterionId, note]) => ({ criterionId, note })),
    });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm" aria-labelledby="meeting-form-heading">
      <Divider />
      <Title order={4} id="meeting-form-heading">
        {t('assessments.meeting.formTitle')}
      </Title>
      <Group grow align="flex-start">
        <TextInput
          type="datetime-local"
          label={t('assessments.meeting.heldAt')}
          required
          value={heldAt}
          onChange={(e) => setHeldAt(e.currentTarget.value)}
        />
        <TextInput
          label={t('assessments.meeting.location')}
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          maxLength={300}
        />
      </Group>
      <AttendeesEditor value={attendees} onChange={setAttendees} />
      <Textarea
        label={t('assessments.meeting.summary')}
        autosize
        minRows={3}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        maxLength={10000}
      />
      <Accordion variant="contained">
        <Accordion.Item value="notes">
          <Accordion.Control>{t('assessments.meeting.notesTitle')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              {topicGroups(catalog).flatMap((g) =>
                g.criteria.map(({ criterion }) => (
                  <Textarea
                    key={criterion.id}
                    label={t('assessments.meeting.noteFor', { criterion: pickLocale(criterion.title, i18n.language) })}
                    autosize
                    minRows={1}
                    value={notes[criterion.id] ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setNotes((n) => ({ ...n, [criterion.id]: value }));
                    }}
                  />
                )),
              )}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Group>
        <Button type="submit" loading={record.isPending} disabled={!heldAt}>
          {t('assessments.meeting.save')}
        </Button>
      </Group>
    </Stack>
  );
}
