import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Paging } from '../../components/paging';
import { QueryState } from '../../components/query-state';
import { formatDate, formatDecimal } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { FigureCasesParams, Outcome } from './api/types';
import { useFigureCases } from './api/use-figure-cases';
import { currentYear } from './use-period-state';

const OUTCOMES: Outcome[] = ['on_time', 'late', 'pending', 'excluded', 'fulfilled'];

function paramsFrom(search: URLSearchParams): FigureCasesParams {
  const outcome = search.get('ergebnis') as Outcome | null;
  return {
    from: search.get('von') ?? `${currentYear()}-01-01`,
    to: search.get('bis') ?? `${currentYear()}-12-31`,
    promiseKey: search.get('versprechen') ?? undefined,
    outcome: outcome && OUTCOMES.includes(outcome) ? outcome : undefined,
    organizationId: search.get('verwaltung') ?? undefined,
    page: Math.max(1, Number(search.get('seite')) || 1),
  };
}

/** /kennzahlen/faelle: the cases behind a figure (drill-down), 50 per page. */
export function FigureCasesPage() {
  const { t, i18n } = useTranslation();
  const me = useSession().data;
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const cases = useFigureCases(params);
  const isDistrict = me?.organization.kind === 'district';
  const setPage = (page: number) => {
    const next = new URLSearchParams(search);
    if (page > 1) next.set('seite', String(page));
    else next.delete('seite');
    setSearch(next, { replace: true });
  };
  const back = new URLSearchParams({ von: params.from, bis: params.to });
  if (isDistrict && params.organizationId) back.set('verwaltung', params.organizationId);

  return (
    <Stack>
      <Anchor component={Link} to={`/kennzahlen?${back.toString()}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('figures.cases.back')}
        </Group>
      </Anchor>
      <Title order={1}>{t('figures.cases.title')}</Title>
      <QueryState query={cases}>
        {(data) => {
          const promise = params.promiseKey ? (data.items[0]?.promiseTitle ?? params.promiseKey) : t('figures.cases.allPromises');
          const showOrganization = isDistrict;
          const showBusiness = data.items.some((i) => i.organizationId === me?.organization.id);
          return (
            <Stack gap="sm">
              <Text>
                {t('figures.cases.filterSummary', {
                  promise,
                  outcome: params.outcome ? t(`figures.outcome.${params.outcome}`) : t('figures.cases.allOutcomes'),
                  from: formatDate(params.from),
                  to: formatDate(params.to),
                })}
              </Text>
              <Text size="sm" role="status">
                {t('figures.cases.count', { count: data.total })}
              </Text>
              {isDistrict && (
                <Text size="sm" c="gray.8">
                  {t('figures.cases.noPersonalData')}
                </Text>
              )}
              {data.items.length === 0 ? (
                <Text>{t('figures.cases.empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={900}>
                  <Table striped highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('figures.cases.reference')}</Table.Th>
                        <Table.Th scope="col">{t('figures.cases.subject')}</Table.Th>
                        {showOrganization && <Table.Th scope="col">{t('figures.cases.administration')}</Table.Th>}
                        {showBusiness && <Table.Th scope="col">{t('figures.cases.business')}</Table.Th>}
                        <Table.Th scope="col">{t('figures.cases.receivedOn')}</Table.Th>
                        <Table.Th scope="col">{t('figures.cases.dueOn')}</Table.Th>
                        <Table.Th scope="col">{t('figures.cases.fulfilledOn')}</Table.Th>
                        <Table.Th scope="col">{t('figures.cases.outcome')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('figures.cases.duration')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            {c.organizationId === me?.organization.id ? (
                              <Anchor component={Link} to={`/faelle/${c.id}`}>
                                {c.reference}
                              </Anchor>
                            ) : (
                              c.reference
                            )}
                          </Table.Td>
                          <Table.Td>{c.subject}</Table.Td>
                          {showOrganization && <Table.Td>{c.organizationName}</Table.Td>}
                          {showBusiness && <Table.Td>{c.businessName ?? '–'}</Table.Td>}
                          <Table.Td>{formatDate(c.receivedOn)}</Table.Td>
                          <Table.Td>{formatDate(c.dueOn)}</Table.Td>
                          <Table.Td>{formatDate(c.fulfilledOn)}</Table.Td>
                          <Table.Td>{t(`figures.outcome.${c.outcome}`)}</Table.Td>
                          <Table.Td ta="right">{formatDecimal(c.durationWorkingDays, i18n.language)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Paging
                total={data.total}
                pageSize={data.pageSize}
                page={params.page}
                onChange={setPage}
                label={t('figures.cases.pagination')}
                keyPrefix="figures.cases.paging"
              />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
