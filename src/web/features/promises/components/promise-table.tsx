import { Button, Group, List, Table, Text } from '@mantine/core';
import { IconHistory, IconPencil, IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { areaText } from '../../../lib/service-terms';
import type { ServicePromise } from '../api/types';
import { usePromiseText } from './promise-text';

type Props = {
  promises: ServicePromise[];
  editable: boolean;
  onEdit: (p: ServicePromise) => void;
  onVersions: (p: ServicePromise) => void;
  onWithdraw: (p: ServicePromise) => void;
};

/** The current catalog: one row per promise, its deadline, deviation allowance and links. */
export function PromiseTable({ promises, editable, onEdit, onVersions, onWithdraw }: Props) {
  const { t } = useTranslation();
  const text = usePromiseText();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('promises.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('promises.numberShort')}</Table.Th>
            <Table.Th scope="col">{t('promises.titleLabel')}</Table.Th>
            <Table.Th scope="col">{t('promises.area')}</Table.Th>
            <Table.Th scope="col">{t('promises.deadline')}</Table.Th>
            <Table.Th scope="col">{t('promises.deviationShort')}</Table.Th>
            <Table.Th scope="col">{t('promises.leikaKey')}</Table.Th>
            <Table.Th scope="col">{t('promises.criteria')}</Table.Th>
            <Table.Th scope="col">{t('promises.published')}</Table.Th>
            <Table.Th scope="col">{t('promises.version')}</Table.Th>
            <Table.Th scope="col">{t('promises.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promises.map((p) => (
            <Table.Tr key={p.id} data-testid="promise-row">
              <Table.Td>{p.number ?? '–'}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {p.title}
                {p.role && (
                  <Text size="xs" c="gray.8" fw={400}>
                    {t('promises.roleLine', { role: t(`promises.roles.${p.role}`) })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{areaText(t, p.area)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.deadline(p)}</Table.Td>
              <Table.Td>{text.percent(p.allowedDeviationRate)}</Table.Td>
              <Table.Td>{p.leikaKey ?? '–'}</Table.Td>
              <Table.Td>
                {p.criterionRefs.length === 0 ? (
                  '–'
                ) : (
                  <List size="sm" spacing={2}>
                    {p.criterionRefs.map((r) => (
                      <List.Item key={`${r.schemeId}/${r.criterionId}`}>{text.criterion(r.schemeId, r.criterionId)}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td>{p.published ? t('promises.yes') : t('promises.no')}</Table.Td>
              <Table.Td>{p.version}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {editable && (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => onEdit(p)}
                      aria-label={`${t('promises.edit')}: ${p.title}`}
                    >
                      {t('promises.edit')}
                    </Button>
                  )}
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconHistory size={14} aria-hidden />}
                    onClick={() => onVersions(p)}
                    aria-label={`${t('promises.versions')}: ${p.title}`}
                  >
                    {t('promises.versions')}
                  </Button>
                  {editable && (
                    <Button
                      size="xs"
                      variant="default"
                      color="red.9"
                      leftSection={<IconTrashX size={14} aria-hidden />}
                      onClick={() => onWithdraw(p)}
                      aria-label={`${t('promises.withdraw')}: ${p.title}`}
                    >
                      {t('promises.withdraw')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
