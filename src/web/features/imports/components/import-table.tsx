import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { ImportListItem } from '../api/types';
import { ImportStatusBadge } from './import-status-badge';

export function ImportTable({ items }: { items: ImportListItem[] }) {
  const { t, i18n } = useTranslation();
  const n = (v: number | null) => formatNumber(v, i18n.language);
  if (items.length === 0) return <Text c="gray.8">{t('imports.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>{t('imports.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.list.file')}</Table.Th>
            <Table.Th>{t('imports.list.uploaded')}</Table.Th>
            <Table.Th>{t('imports.list.status')}</Table.Th>
            <Table.Th>{t('imports.list.progress')}</Table.Th>
            <Table.Th>{t('imports.counts.created')}</Table.Th>
            <Table.Th>{t('imports.counts.duplicates')}</Table.Th>
            <Table.Th>{t('imports.counts.errors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Anchor component={Link} to={`/import/${i.id}`}>
                  {i.fileName}
                </Anchor>
                <Text size="xs" c="gray.8">
                  {t(`imports.format.${i.format}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatDateTime(i.createdAt)}
                <Text size="xs" c="gray.8">
                  {i.createdByName}
                </Text>
              </Table.Td>
              <Table.Td>
                <ImportStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td>
                {i.totalRows === null ? n(i.processedRows) : t('imports.progressOf', { done: n(i.processedRows), total: n(i.totalRows) })}
              </Table.Td>
              <Table.Td>{n(i.createdCount)}</Table.Td>
              <Table.Td>{n(i.duplicateCount)}</Table.Td>
              <Table.Td>{n(i.errorCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
