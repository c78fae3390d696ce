import { Button, Group, Paper, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { pickLocale } from '../../../lib/format';
import { useApply } from '../api/use-apply';
import { useSchemeOffers } from '../api/use-scheme-offers';

/** Step 1 for the municipality: an informal application to a certifier for one seal. */
export function ApplyPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const offers = useSchemeOffers();
  const apply = useApply((id) => navigate(`/verfahren/${id}`));
  const [offer, setOffer] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [phone, setPhone] = useState('');

  return (
    <Stack maw={760}>
      <Title order={1}>{t('assessments.apply.title')}</Title>
      <Text>{t('assessments.apply.intro')}</Text>
      <QueryState query={offers}>
        {(data) => {
          const submit = (e: FormEvent) => {
            e.preventDefault();
            const chosen = data.items.find((o) => `${o.certifierId}|${o.schemeId}` === offer);
            if (!chosen) return;
            apply.mutate({
              certifierId: chosen.certifierId,
              schemeId: chosen.schemeId,
              message: message.trim(),
              ...(phone.trim() && { contactPhone: phone.trim() }),
            });
          };
          return (
            <Paper withBorder p="lg">
              <Stack component="form" onSubmit={submit} gap="sm">
                <NativeSelect
                  label={t('assessments.apply.offer')}
                  required
                  value={offer ?? ''}
                  onChange={(e) => setOffer(e.currentTarget.value || null)}
                  data={[
                    { value: '', label: t('common.choose') },
                    ...data.items.map((o) => ({
                      value: `${o.certifierId}|${o.schemeId}`,
                      label: `${pickLocale(o.title, i18n.language)} – ${o.certifierName}`,
                    })),
                  ]}
                />
                <Textarea
                  label={t('assessments.apply.message')}
                  description={t('assessments.apply.messageHint')}
                  required
                  autosize
                  minRows={5}
                  value={message}
                  onChange={(e) => setMessage(e.currentTarget.value)}
                />
                <TextInput
                  label={t('assessments.apply.phone')}
                  type="tel"
                  value={phone}
                  onChange={(e) => setPhone(e.currentTarget.value)}
                  maw={320}
                />
                <Group>
                  <Button type="submit" loading={apply.isPending} disabled={!offer || !message.trim()}>
                    {t('assessments.apply.submit')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        }}
      </QueryState>
    </Stack>
  );
}
