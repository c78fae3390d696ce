import { Alert, Button, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconMailForward } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { type DelayNoticeBody, useSendDelayNotice } from '../api/use-send-delay-notice';

type Channel = DelayNoticeBody['channel'];

/**
 * Promise 10: when a case is at risk and the business has not been told, a prominent prompt
 * opens the notice form. Otherwise (told already, or paused) a plain button among the actions does.
 */
export function DelayNoticePrompt({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (!detail.delayNoticeDue) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('cases.delayNotice.prompt')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('cases.delayNotice.promptHint')}</Text>
        <Button leftSection={<IconMailForward size={18} aria-hidden />} onClick={() => setOpened(true)}>
          {t('cases.delayNotice.open')}
        </Button>
      </Stack>
      <DelayNoticeDialog detail={detail} opened={opened} onClose={() => setOpened(false)} />
    </Alert>
  );
}

export function DelayNoticeButton({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (detail.delayNoticeDue || (detail.status !== 'open' && detail.status !== 'paused')) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconMailForward size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('cases.delayNotice.open')}
      </Button>
      <DelayNoticeDialog detail={detail} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}

function DelayNoticeDialog({ detail, opened, onClose }: { detail: CaseDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cases.delayNotice.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <DelayNoticeForm detail={detail} onDone={onClose} />
    </Modal>
  );
}

function DelayNoticeForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const send = useSendDelayNotice(detail.id, onDone);
  const hasEmail = Boolean(detail.contactEmail);
  const [channel, setChannel] = useState<Channel>(hasEmail ? 'email' : 'phone');
  const [reason, setReason] = useState('');
  const [expectedOn, setExpectedOn] = useState('');
  const today = dayjs().format('YYYY-MM-DD');
  const valid = reason.trim().length >= 3 && expectedOn >= today && (channel !== 'email' || hasEmail);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) send.mutate({ reason: reason.trim(), expectedOn, channel });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Text size="sm">{t('cases.delayNotice.intro', { reference: detail.reference })}</Text>
      <Textarea
        label={t('cases.delayNotice.reason')}
        description={t('cases.delayNotice.reasonHint')}
        required
        autosize
        minRows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={t('cases.delayNotice.expectedOn')}
        required
        min={today}
        value={expectedOn}
        onChange={(e) => setExpectedOn(e.currentTarget.value)}
      />
      <Radio.Group label={t('cases.delayNotice.channel')} required value={channel} onChange={(v) => setChannel(v as Channel)}>
        <Stack gap={6} mt={6}>
          <Radio
            value="email"
            label={t('cases.delayNotice.channels.email')}
            disabled={!hasEmail}
            description={hasEmail ? detail.contactEmail : t('cases.delayNotice.noEmail')}
          />
          <Radio value="phone" label={t('cases.delayNotice.channels.phone')} description={detail.contactPhone ?? undefined} />
          <Radio value="letter" label={t('cases.delayNotice.channels.letter')} />
        </Stack>
      </Radio.Group>
      <Text size="sm">{channel === 'email' ? t('cases.delayNotice.emailHint') : t('cases.delayNotice.recordHint')}</Text>
      <Button type="submit" loading={send.isPending} disabled={!valid} style={{ alignSelf: 'flex-end' }}>
        {t('cases.delayNotice.submit')}
      </Button>
    </Stack>
  );
}
