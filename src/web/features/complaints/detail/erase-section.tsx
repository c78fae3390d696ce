import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../api/types';
import { useErasePersonalData } from '../api/use-erase-personal-data';

/** GDPR erasure, for the administration's admin: irreversible, so it asks first. */
export function EraseSection({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const erase = useErasePersonalData(c.id, close);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erase-heading">
      <Title order={2} size="h3" id="erase-heading">
        {t('complaints.erase.title')}
      </Title>
      <Text size="sm" c="gray.8" mb="sm">
        {t('complaints.erase.intro')}
      </Text>
      <Button color="red.9" variant="outline" leftSection={<IconTrash size={16} aria-hidden />} onClick={open}>
        {t('complaints.erase.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('complaints.erase.confirmTitle', { number: c.number })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('complaints.erase.confirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('complaints.erase.cancel')}
            </Button>
            <Button color="red.9" loading={erase.isPending} onClick={() => erase.mutate(undefined)}>
              {t('complaints.erase.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
