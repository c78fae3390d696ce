import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconPlayerPause, IconPlayerPlay, IconRestore, IconUserShare, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Pilot } from '../api/types';
import { useAddCaseEvent } from '../api/use-add-case-event';
import { AssignForm, ExcludeForm, FulfilForm, PauseForm, ReopenForm, ResumeForm } from './event-forms';

type Step = 'pause' | 'resume' | 'fulfil' | 'reopen' | 'exclude' | 'assign';

/** Which steps the case's status allows (the same rules as src/domain/cases/case-timeline.ts). */
function stepsFor(status: CaseDetail['status']): Step[] {
  switch (status) {
    case 'open':
      return ['pause', 'fulfil', 'exclude', 'assign'];
    case 'paused':
      return ['resume', 'fulfil', 'exclude', 'assign'];
    case 'fulfilled':
      return ['reopen', 'exclude', 'assign'];
    case 'excluded':
      return ['assign'];
  }
}

const ICONS: Record<Step, ReactNode> = {
  pause: <IconPlayerPause size={18} aria-hidden />,
  resume: <IconPlayerPlay size={18} aria-hidden />,
  fulfil: <IconCheck size={18} aria-hidden />,
  reopen: <IconArrowBackUp size={18} aria-hidden />,
  exclude: <IconX size={18} aria-hidden />,
  assign: <IconUserShare size={18} aria-hidden />,
};

/** The steps staff can take on the case now; each opens a small form in a dialog. */
export function CaseActions({ detail, pilots, extra }: { detail: CaseDetail; pilots: Pilot[]; extra?: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Step | null>(null);
  const include = useAddCaseEvent(detail.id);
  const close = () => setOpen(null);
  const props = { detail, onDone: close };

  return (
    <Stack gap="xs" component="section" aria-labelledby="case-actions-heading">
      <Title order={2} size="h3" id="case-actions-heading">
        {t('cases.action.heading')}
      </Title>
      <Group gap="sm">
        {stepsFor(detail.status).map((step) => (
          <Button key={step} variant={step === 'fulfil' ? 'filled' : 'default'} leftSection={ICONS[step]} onClick={() => setOpen(step)}>
            {t(`cases.action.${step}.button`)}
          </Button>
        ))}
        {detail.status === 'excluded' && (
          <Button
            variant="default"
            leftSection={<IconRestore size={18} aria-hidden />}
            loading={include.isPending}
            onClick={() => include.mutate({ kind: 'included' })}
          >
            {t('cases.action.include.button')}
          </Button>
        )}
        {extra}
      </Group>
      {detail.status === 'excluded' && <Text size="sm">{t('cases.action.include.hint')}</Text>}
      <Modal
        opened={open !== null}
        onClose={close}
        title={open ? t(`cases.action.${open}.title`) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open === 'pause' && <PauseForm {...props} />}
        {open === 'resume' && <ResumeForm {...props} />}
        {open === 'fulfil' && <FulfilForm {...props} />}
        {open === 'reopen' && <ReopenForm {...props} />}
        {open === 'exclude' && <ExcludeForm {...props} />}
        {open === 'assign' && <AssignForm {...props} pilots={pilots} />}
      </Modal>
    </Stack>
  );
}
