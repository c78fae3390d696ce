import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useSession } from '../../lib/session';
import type { ServicePromise } from './api/types';
import { usePromises } from './api/use-promises';
import { PromiseForm } from './components/promise-form';
import { PromiseTable } from './components/promise-table';
import { PromiseVersions } from './components/promise-versions';
import { WithdrawDialog } from './components/withdraw-dialog';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'versions' | 'withdraw'; promise: ServicePromise } | null;

/** The promise catalog of the administration; admins change it, members read it. */
export function PromiseListPage() {
  const { t } = useTranslation();
  const admin = useSession().data?.user.role === 'municipality_admin';
  const promises = usePromises();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const title =
    dialog === null
      ? ''
      : dialog.kind === 'new'
        ? t('promises.addTitle')
        : dialog.kind === 'edit'
          ? t('promises.editTitle', { title: dialog.promise.title })
          : dialog.kind === 'versions'
            ? t('promises.versionsTitle', { title: dialog.promise.title })
            : t('promises.withdrawTitle');

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('promises.title')}</Title>
        {admin && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'new' })}>
            {t('promises.add')}
          </Button>
        )}
      </Group>
      <Text>{t('promises.intro')}</Text>
      <Alert icon={<IconInfoCircle aria-hidden />} color="blue" variant="outline" title={t('promises.versioningTitle')}>
        <Text c="dark.8">{t('promises.versioning')}</Text>
      </Alert>
      {!admin && <Text c="gray.8">{t('promises.readOnly')}</Text>}
      <QueryState query={promises}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('promises.empty')}</Text>
          ) : (
            <PromiseTable
              promises={data.items}
              editable={admin}
              onEdit={(promise) => setDialog({ kind: 'edit', promise })}
              onVersions={(promise) => setDialog({ kind: 'versions', promise })}
              onWithdraw={(promise) => setDialog({ kind: 'withdraw', promise })}
            />
          )
        }
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={title}
        size={dialog?.kind === 'withdraw' ? 'md' : 'xl'}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'new' && <PromiseForm promise={null} onDone={close} />}
        {dialog?.kind === 'edit' && <PromiseForm key={dialog.promise.id} promise={dialog.promise} onDone={close} />}
        {dialog?.kind === 'versions' && <PromiseVersions promise={dialog.promise} />}
        {dialog?.kind === 'withdraw' && <WithdrawDialog promise={dialog.promise} onDone={close} />}
      </Modal>
    </Stack>
  );
}
