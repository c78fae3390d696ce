import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServicePromise } from '../api/types';
import { useWithdrawPromise } from '../api/use-withdraw-promise';

/** Asks before withdrawing: a withdrawn promise takes no new cases and leaves the public page. */
export function WithdrawDialog({ promise, onDone }: { promise: ServicePromise; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawPromise(onDone);
  return (
    <Stack>
      <Text>{t('promises.withdrawText', { title: promise.title })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('promises.cancel')}
        </Button>
        <Button color="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate(promise.id)}>
          {t('promises.withdrawConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
