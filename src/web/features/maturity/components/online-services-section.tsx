import { Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatPercent, pickLocale } from '../../../lib/format';
import type { MaturityView, OnlineService, OnlineServiceList } from '../api/types';
import { useDeleteOnlineService } from '../api/use-delete-online-service';
import { useOnlineServices } from '../api/use-online-services';
import { OnlineServiceCheckForm } from './online-service-check-form';
import { OnlineServiceForm } from './online-service-form';

type Dialog = { kind: 'add' } | { kind: 'edit'; service: OnlineService } | { kind: 'check'; service: OnlineService } | null;

/** Outside perspective: the services the municipality says are online, and what the auditor found. */
export function OnlineServicesSection({ assessmentId, view }: { assessmentId: string; view: MaturityView }) {
  const { t, i18n } = useTranslation();
  const services = useOnlineServices(assessmentId);
  const criterion = view.dimensions.flatMap((d) => d.criteria).find((c) => c.id === view.onlineServices.criterionId);
  return (
    <Stack component="section" aria-labelledby="online-services-title">
      <Title order={2} id="online-services-title">
        {t('maturity.services.title')}
      </Title>
      <Text>{t('maturity.services.intro')}</Text>
      {criterion && (
        <Text size="sm" c="gray.8">
          {t('maturity.services.factFor', { criterion: pickLocale(criterion.title, i18n.language) })}
        </Text>
      )}
      <QueryState query={services}>{(list) => <ServiceTable assessmentId={assessmentId} list={list} />}</QueryState>
    </Stack>
  );
}

function ServiceTable({ assessmentId, list }: { assessmentId: string; list: OnlineServiceList }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useDeleteOnlineService(assessmentId);
  const close = () => setDialog(null);
  const { summary, permissions } = list;
  const ozg = (level: number | null) => (level === null ? t('maturity.services.notChecked') : t(`maturity.services.ozg.${level}`));

  return (
    <Stack>
      {summary.total > 0 && <Text>{t('maturity.services.summaryStated', summary)}</Text>}
      {summary.total === 0 ? null : permissions.seeChecks ? (
        <Text>
          {summary.checked
            ? t('maturity.services.summaryChecked', { ...summary, share: formatPercent(summary.share, i18n.language) })
            : t('maturity.services.summaryNoChecks')}
        </Text>
      ) : (
        <Text c="gray.8">{t('maturity.services.checksLater')}</Text>
      )}
      {list.items.length === 0 ? (
        <Text>{t('maturity.services.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('maturity.services.name')}</Table.Th>
                <Table.Th scope="col">{t('maturity.services.statedLevel')}</Table.Th>
                {permissions.seeChecks && <Table.Th scope="col">{t('maturity.services.checkedLevel')}</Table.Th>}
                {permissions.seeChecks && <Table.Th scope="col">{t('maturity.services.note')}</Table.Th>}
                {(permissions.edit || permissions.check) && <Table.Th scope="col">{t('maturity.services.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={500}>
                    <Stack gap={2}>
                      {s.url ? (
                        <Anchor href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.name}
                        </Anchor>
                      ) : (
                        <span>{s.name}</span>
                      )}
                      {s.leikaKey && (
                        <Text size="xs" c="gray.8">
                          LeiKa {s.leikaKey}
                        </Text>
                      )}
                    </Stack>
                  </Table.Th>
                  <Table.Td>{ozg(s.statedLevel)}</Table.Td>
                  {permissions.seeChecks && <Table.Td>{ozg(s.checkedLevel)}</Table.Td>}
                  {permissions.seeChecks && <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{s.note || '–'}</Table.Td>}
                  {(permissions.edit || permissions.check) && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {permissions.edit && (
                          <>
                            <Button
                              size="xs"
                              variant="outline"
                              aria-label={t('maturity.services.editNamed', { name: s.name })}
                              onClick={() => setDialog({ kind: 'edit', service: s })}
                            >
                              {t('maturity.services.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="outline"
                              color="red"
                              aria-label={t('maturity.services.deleteNamed', { name: s.name })}
                              loading={remove.isPending && remove.variables === s.id}
                              onClick={() => remove.mutate(s.id)}
                            >
                              {t('maturity.services.delete')}
                            </Button>
                          </>
                        )}
                        {permissions.check && (
                          <Button
                            size="xs"
                            variant="outline"
                            aria-label={t('maturity.services.checkNamed', { name: s.name })}
                            onClick={() => setDialog({ kind: 'check', service: s })}
                          >
                            {t('maturity.services.check')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {permissions.edit && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
            {t('maturity.services.add')}
          </Button>
        </Group>
      )}
      <Modal opened={dialog !== null} onClose={close} title={dialogTitle(dialog, t)} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {dialog?.kind === 'add' && <OnlineServiceForm assessmentId={assessmentId} service={null} onDone={close} />}
        {dialog?.kind === 'edit' && <OnlineServiceForm assessmentId={assessmentId} service={dialog.service} onDone={close} />}
        {dialog?.kind === 'check' && <OnlineServiceCheckForm assessmentId={assessmentId} service={dialog.service} onDone={close} />}
      </Modal>
    </Stack>
  );
}

function dialogTitle(dialog: Dialog, t: TFunction): string {
  if (!dialog) return '';
  if (dialog.kind === 'add') return t('maturity.services.addTitle');
  if (dialog.kind === 'edit') return t('maturity.services.editTitle');
  return t('maturity.services.checkTitle', { name: dialog.service.name });
}
