import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { useErasePersonalData } from '../api/use-erase-personal-data';

/** GDPR erasure for administration admins, behind a confirmation. */
export function ErasePersonalData({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const erase = useErasePersonalData(detail.id, () => setOpened(false));
  if (detail.personalDataErasedAt) return null;
  return (
    <>
      <Button variant="outline" color="red.9" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('cases.erase.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('cases.erase.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('cases.erase.text', { reference: detail.reference })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('cases.erase.cancel')}
            </Button>
            <Button color="red.9" loading={erase.isPending} onClick={() => erase.mutate()}>
              {t('cases.erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
