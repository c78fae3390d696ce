import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CaseStateBadge } from '../../../components/case-state-badge';
import { Paging } from '../../../components/paging';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import type { CaseState } from '../api/types';
import { type CaseListParams, useCases } from '../api/use-cases';
import { usePilots } from '../api/use-pilots';
import { usePromises } from '../api/use-promises';
import { DueDate } from '../components/due-date';
import { CaseFilters, type CaseFilterValues, FILTER_STATES } from './case-filters';

const PAGE_SIZE = 50;

type ListState = CaseFilterValues & { page: number };

function fromUrl(params: URLSearchParams): ListState {
  const states = (params.get('status') ?? '').split(',').filter((s): s is CaseState => (FILTER_STATES as string[]).includes(s));
  return {
    states,
    promiseKey: params.get('versprechen') ?? '',
    pilotId: params.get('lotse') ?? '',
    q: params.get('suche') ?? '',
    page: Math.max(1, Number(params.get('seite')) || 1),
  };
}

function toUrl(s: ListState): URLSearchParams {
  const entries: [string, string][] = [
    ['status', s.states.join(',')],
    ['versprechen', s.promiseKey],
    ['lotse', s.pilotId],
    ['suche', s.q],
    ['seite', s.page > 1 ? String(s.page) : ''],
  ];
  return new URLSearchParams(entries.filter(([, v]) => v));
}

/**
 * Filters and page are mirrored into the URL (status, versprechen, lotse, suche, seite) so a
 * link or "back" keeps them; the state itself is local, so a checkbox reflects a click at once.
 */
function useCaseListState() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => fromUrl(params));
  const update = (next: ListState) => {
    setState(next);
    setParams(toUrl(next), { replace: true });
  };
  const query: CaseListParams = {
    states: state.states,
    page: state.page,
    pageSize: PAGE_SIZE,
    ...(state.promiseKey && { promiseKey: state.promiseKey }),
    ...(state.pilotId && { pilotId: state.pilotId }),
    ...(state.q && { q: state.q }),
  };
  return {
    filters: state,
    page: state.page,
    query,
    setFilters: (next: Partial<CaseFilterValues>) => update({ ...state, ...next, page: 1 }),
    setPage: (page: number) => update({ ...state, page }),
  };
}

export function CaseListPage() {
  const { t } = useTranslation();
  const { filters, page, query, setFilters, setPage } = useCaseListState();
  const cases = useCases(query);
  const promises = usePromises();
  const pilots = usePilots();

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('cases.title')}</Title>
        <Button component={Link} to="/faelle/neu" leftSection={<IconPlus size={18} aria-hidden />}>
          {t('cases.newButton')}
        </Button>
      </Group>
      <CaseFilters value={filters} onChange={setFilters} promises={promises.data?.items ?? []} pilots={pilots.data?.items ?? []} />
      <QueryState query={cases}>
        {(data) => (
          <Stack gap="sm">
            <Text size="sm" role="status">
              {t('cases.count', { count: data.total })}
            </Text>
            {data.items.length === 0 ? (
              <Text>{t('cases.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={1150}>
                <Table striped highlightOnHover aria-label={t('cases.tableLabel')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('cases.field.reference')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.subject')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.businessName')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.promise')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.receivedOn')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.dueOn')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.pilot')}</Table.Th>
                      <Table.Th scope="col">{t('cases.field.state')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/faelle/${c.id}`}>
                            {c.reference}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{c.subject || '–'}</Table.Td>
                        <Table.Td>{c.businessName ?? '–'}</Table.Td>
                        <Table.Td>{c.promiseTitle}</Table.Td>
                        <Table.Td>{formatDate(c.receivedOn)}</Table.Td>
                        <Table.Td>
                          <DueDate dueOn={c.dueOn} state={c.state} />
                        </Table.Td>
                        <Table.Td>{c.pilotName ?? t('cases.unassigned')}</Table.Td>
                        <Table.Td>
                          <CaseStateBadge state={c.state} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Paging
              total={data.total}
              pageSize={data.pageSize}
              page={page}
              onChange={setPage}
              label={t('cases.paging.label')}
              keyPrefix="cases.paging"
            />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
