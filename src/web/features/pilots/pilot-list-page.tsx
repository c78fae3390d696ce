import { Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useSession } from '../../lib/session';
import type { Pilot } from './api/types';
import { usePilots } from './api/use-pilots';
import { PilotCard } from './components/pilot-card';
import { PilotForm } from './components/pilot-form';

/** The pilots (Lotsen) of the administration: one contact person who takes charge of a business's concern. */
export function PilotListPage() {
  const { t } = useTranslation();
  const admin = useSession().data?.user.role === 'municipality_admin';
  const pilots = usePilots();
  // null: closed; 'new': adding; a pilot: editing it
  const [editing, setEditing] = useState<Pilot | 'new' | null>(null);

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('pilots.title')}</Title>
        {admin && (
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('pilots.add')}
          </Button>
        )}
      </Group>
      <Text>{t('pilots.intro')}</Text>
      {!admin && <Text c="gray.8">{t('pilots.readOnly')}</Text>}
      <QueryState query={pilots}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('pilots.empty')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {[...data.items]
                .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'de'))
                .map((p) => (
                  <PilotCard key={p.id} pilot={p} editable={admin} onEdit={() => setEditing(p)} />
                ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      {admin && (
        <Modal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          title={editing === 'new' ? t('pilots.addTitle') : t('pilots.editTitle')}
          size="lg"
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {editing !== null && <PilotForm pilot={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
        </Modal>
      )}
    </Stack>
  );
}
