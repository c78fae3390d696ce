import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Paging } from '../../components/paging';
import { QueryState } from '../../components/query-state';
import { formatDate, pickLocale } from '../../lib/format';
import { isCertifierRole, useSession } from '../../lib/session';
import { CERTIFICATE_STATES, type CertificateState, type NextAudit } from './api/cycle-types';
import { useCertificateOverview } from './api/use-certificate-overview';
import { CalendarFeedCard } from './components/calendar-feed-card';
import { CertificateStateBadge } from './components/certificate-state-badge';
import { ReminderSettingsCard } from './components/reminder-settings-card';

/** Every certificate with its state today and the next audit it owes, the earliest due first. */
export function CertificateListPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<CertificateState | ''>('');
  const [dueBefore, setDueBefore] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const overview = useCertificateOverview({ state: state || undefined, dueBefore, q, page });
  const certifier = isCertifierRole(useSession().data?.user.role);
  const nextAudit = (a: NextAudit | null) => (a ? t(`certificateCycle.audit.${a.kind}`, { n: a.sequence }) : '–');

  return (
    <Stack>
      <Title order={1}>{t('certificates.title')}</Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('certificateCycle.filter.state')}
          value={state}
          onChange={(e) => {
            setState(e.currentTarget.value as CertificateState | '');
            setPage(1);
          }}
          data={[
            { value: '', label: t('certificateCycle.filter.all') },
            ...CERTIFICATE_STATES.map((s) => ({ value: s, label: t(`certificateCycle.state.${s}`) })),
          ]}
        />
        <TextInput
          type="date"
          label={t('certificateCycle.filter.dueBefore')}
          value={dueBefore}
          onChange={(e) => {
            setDueBefore(e.currentTarget.value);
            setPage(1);
          }}
        />
        <TextInput
          label={t('certificateCycle.filter.search')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          maxLength={100}
        />
      </Group>
      <QueryState query={overview}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('certificates.empty')}</Text>
          ) : (
            <>
              <Text size="sm" c="gray.8">
                {t('certificateCycle.count', { count: data.total })}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover>
                  <Table.Caption>{t('certificateCycle.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('certificates.number')}</Table.Th>
                      <Table.Th scope="col">{t('certificates.municipality')}</Table.Th>
                      <Table.Th scope="col">{t('certificates.seal')}</Table.Th>
                      <Table.Th scope="col">{t('certificates.validUntil')}</Table.Th>
                      <Table.Th scope="col">{t('certificateCycle.nextAudit')}</Table.Th>
                      <Table.Th scope="col">{t('certificateCycle.dueOn')}</Table.Th>
                      <Table.Th scope="col">{t('certificates.statusLabel')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/zertifikate/${c.id}`}>
                            {c.number}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{c.municipalityName}</Table.Td>
                        <Table.Td>{pickLocale(c.schemeTitle, i18n.language)}</Table.Td>
                        <Table.Td>{formatDate(c.validUntil)}</Table.Td>
                        <Table.Td>{nextAudit(c.nextAudit)}</Table.Td>
                        <Table.Td>{formatDate(c.nextAudit?.dueOn ?? null)}</Table.Td>
                        <Table.Td>
                          <CertificateStateBadge state={c.state} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Paging
                total={data.total}
                pageSize={data.pageSize}
                page={page}
                onChange={setPage}
                label={t('certificateCycle.paging.label')}
                keyPrefix="certificateCycle.paging"
              />
            </>
          )
        }
      </QueryState>
      {certifier && <ReminderSettingsCard />}
      <CalendarFeedCard />
    </Stack>
  );
}
