import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { localInputToIso, pickLocale } from '../../../lib/format';
import { useMunicipalities } from '../api/use-municipalities';
import { useRecordContact } from '../api/use-record-contact';
import { useSchemeOffers } from '../api/use-scheme-offers';

/** Step 1 for the certifier: a municipality wrote an e-mail; record it as an application. */
export function RecordContactForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const municipalities = useMunicipalities();
  const offers = useSchemeOffers();
  const record = useRecordContact(onCreated);
  const [municipalityId, setMunicipalityId] = useState<string | null>(null);
  const [schemeId, setSchemeId] = useState<string | null>(null);
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [message, setMessage] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!municipalityId || !schemeId) return;
    record.mutate({
      municipalityId,
      schemeId,
      message: message.trim(),
      contactName: contactName.trim(),
      contactEmail: contactEmail.trim(),
      ...(contactPhone.trim() && { contactPhone: contactPhone.trim() }),
      ...(receivedAt && { receivedAt: localInputToIso(receivedAt) }),
    });
  };

  return (
    <QueryState query={municipalities}>
      {(munis) => (
        <QueryState query={offers}>
          {(offerData) => {
            // The certifier's own offers: one entry per scheme.
            const schemes = [...new Map(offerData.items.map((o) => [o.schemeId, o])).values()];
            return (
              <Stack component="form" onSubmit={submit} gap="sm">
                <NativeSelect
                  label={t('assessments.contactForm.municipality')}
                  required
                  value={municipalityId ?? ''}
                  onChange={(e) => setMunicipalityId(e.currentTarget.value || null)}
                  data={[
                    { value: '', label: t('common.choose') },
                    ...munis.items.map((m) => ({ value: m.id, label: m.district ? `${m.name} (${m.district})` : m.name })),
                  ]}
                />
                <NativeSelect
                  label={t('assessments.contactForm.scheme')}
                  required
                  value={schemeId ?? ''}
                  onChange={(e) => setSchemeId(e.currentTarget.value || null)}
                  data={[
                    { value: '', label: t('common.choose') },
                    ...schemes.map((o) => ({ value: o.schemeId, label: pickLocale(o.title, i18n.language) })),
                  ]}
                />
                <Group grow align="flex-start">
                  <TextInput
                    label={t('assessments.contactForm.contactName')}
                    required
                    value={contactName}
                    onChange={(e) => setContactName(e.currentTarget.value)}
                  />
                  <TextInput
                    label={t('assessments.contactForm.contactEmail')}
                    type="email"
                    required
                    value={contactEmail}
                    onChange={(e) => setContactEmail(e.currentTarget.value)}
                  />
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    label={t('assessments.contactForm.contactPhone')}
                    type="tel"
                    value={contactPhone}
                    onChange={(e) => setContactPhone(e.currentTarget.value)}
                  />
                  <TextInput
                    label={t('assessments.contactForm.receivedAt')}
                    type="datetime-local"
                    value={receivedAt}
                    onChange={(e) => setReceivedAt(e.currentTarget.value)}
                  />
                </Group>
                <Textarea
                  label={t('assessments.contactForm.message')}
                  required
                  autosize
                  minRows={4}
                  value={message}
                  onChange={(e) => setMessage(e.currentTarget.value)}
                />
                <Group justify="flex-end">
                  <Button
                    type="submit"
                    loading={record.isPending}
                    disabled={!municipalityId || !schemeId || !message.trim() || !contactName.trim() || !contactEmail.trim()}
                  >
                    {t('assessments.contactForm.submit')}
                  </Button>
                </Group>
              </Stack>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
