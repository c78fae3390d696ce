import { Anchor, Button, Checkbox, Group, NativeSelect, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { promiseLabel } from '../../../lib/service-terms';
import { useSession } from '../../../lib/session';
import { type ComplaintStatus, type ComplaintType, type ListFilter, STATUSES, TYPES } from '../api/types';
import { useComplaintOptions } from '../api/use-complaint-options';
import { PAGE_SIZE, useComplaints } from '../api/use-complaints';
import { ComplaintStatusBadge, OverdueBadge } from '../components/complaint-status-badge';
import { StatsPanel } from './stats-panel';

/** The complaint office's register: filters, overdue acknowledgements, the year's figures. */
export function ComplaintListPage() {
  const { t } = useTranslation();
  const me = useSession().data;
  const options = useComplaintOptions();
  const [filter, setFilter] = useState<ListFilter>({ page: 1 });
  const complaints = useComplaints(filter);
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));
  const publicPath = me ? `/beschwerde/${me.organization.id}` : null;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('complaints.list.title')}</Title>
        <Button component={Link} to="/beschwerden/neu" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('complaints.list.new')}
        </Button>
      </Group>
      {publicPath && (
        <Text size="sm" c="gray.8">
          {t('complaints.list.publicForm')}{' '}
          <Anchor component={Link} to={publicPath}>
            {`${window.location.origin}${publicPath}`}
          </Anchor>
        </Text>
      )}
      <StatsPanel />
      <Title order={2} size="h3">
        {t('complaints.list.register')}
      </Title>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('complaints.list.filterStatus')}
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.currentTarget.value || undefined) as ComplaintStatus | undefined })}
          data={[
            { value: '', label: t('complaints.list.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('complaints.list.filterType')}
          value={filter.type ?? ''}
          onChange={(e) => set({ type: (e.currentTarget.value || undefined) as ComplaintType | undefined })}
          data={[{ value: '', label: t('complaints.list.all') }, ...TYPES.map((s) => ({ value: s, label: t(`complaints.type.${s}`) }))]}
        />
        {options.data && options.data.promises.length > 0 && (
          <NativeSelect
            label={t('complaints.list.filterPromise')}
            value={filter.promiseId ?? ''}
            onChange={(e) => set({ promiseId: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('complaints.list.all') },
              ...options.data.promises.map((p) => ({ value: p.id, label: promiseLabel(p) })),
            ]}
            maw={320}
          />
        )}
        <Checkbox
          label={t('complaints.list.filterOverdue')}
          checked={filter.overdue ?? false}
          onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
      <QueryState query={complaints}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('complaints.list.empty')}</Text>
          ) : (
            <Stack>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover>
                  <Table.Caption>{t('complaints.list.caption', { count: data.total })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('complaints.fields.number')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.receivedOn')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.type')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.status')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.severity')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.complainant')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.acknowledgementDueOn')}</Table.Th>
                      <Table.Th scope="col">{t('complaints.fields.assignee')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/beschwerden/${c.id}`}>
                            {c.number}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>{formatDate(c.receivedAt)}</Table.Td>
                        <Table.Td>{t(`complaints.type.${c.type}`)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <ComplaintStatusBadge status={c.status} />
                        </Table.Td>
                        <Table.Td>{c.severity ? t(`complaints.severity.${c.severity}`) : '–'}</Table.Td>
                        <Table.Td>
                          {c.anonymous
                            ? t('complaints.anonymous')
                            : c.personalDataErased
                              ? t('complaints.erased')
                              : (c.complainantName ?? '–')}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {formatDate(c.acknowledgementDueOn)}
                            {c.acknowledgementOverdue && <OverdueBadge />}
                          </Group>
                        </Table.Td>
                        <Table.Td>{c.assignee?.displayName ?? '–'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {data.total > PAGE_SIZE && (
                <Pagination
                  total={Math.ceil(data.total / PAGE_SIZE)}
                  value={filter.page}
                  onChange={(page) => set({ page })}
                  getItemProps={(page) => ({ 'aria-label': t('complaints.list.page', { page }) })}
                  getControlProps={(control) => ({ 'aria-label': t(`complaints.list.pageControl.${control}`) })}
                />
              )}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
