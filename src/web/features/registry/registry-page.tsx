import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { formatDate, formatDateTime, pickLocale } from '../../lib/format';
import { useRegistry } from './api/use-registry';

const STATES: Record<string, string> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

export function RegistryPage() {
  const { t, i18n } = useTranslation();
  const registry = useRegistry();
  return (
    <Stack>
      <Title order={1}>{t('registry.title')}</Title>
      <Text>{t('registry.intro')}</Text>
      <Alert icon={<IconInfoCircle aria-hidden />} color="blue" variant="outline" title={t('registry.confidentialTitle')}>
        <Text c="dark.8">{t('registry.confidential')}</Text>
      </Alert>
      <QueryState query={registry}>
        {(data) => {
          const items = [...data.items].sort(
            (a, b) => a.municipality.localeCompare(b.municipality, 'de') || a.schemeId.localeCompare(b.schemeId),
          );
          return items.length === 0 ? (
            <Text>{t('registry.empty')}</Text>
          ) : (
            <Stack gap="xs">
              <Table.ScrollContainer minWidth={700}>
                <Table striped highlightOnHover>
                  <Table.Caption>{t('registry.caption', { date: formatDateTime(data.asOf) })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('registry.municipality')}</Table.Th>
                      <Table.Th scope="col">{t('registry.district')}</Table.Th>
                      <Table.Th scope="col">{t('registry.state')}</Table.Th>
                      <Table.Th scope="col">{t('registry.seal')}</Table.Th>
                      <Table.Th scope="col">{t('registry.certifier')}</Table.Th>
                      <Table.Th scope="col">{t('registry.validUntil')}</Table.Th>
                      <Table.Th scope="col">{t('registry.statusLabel')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((r) => (
                      <Table.Tr key={`${r.municipality}-${r.schemeId}-${r.validFrom}`}>
                        <Table.Th scope="row" fw={500}>
                          {r.municipality}
                        </Table.Th>
                        <Table.Td>{r.district ?? '–'}</Table.Td>
                        <Table.Td>{r.state ? (STATES[r.state] ?? r.state) : '–'}</Table.Td>
                        <Table.Td>{pickLocale(r.scheme, i18n.language)}</Table.Td>
                        <Table.Td>{r.certifier}</Table.Td>
                        <Table.Td>{formatDate(r.validUntil)}</Table.Td>
                        <Table.Td>
                          {r.status === 'suspended' ? (
                            // dark text beside an orange dot: orange text fails WCAG AA contrast on the striped rows
                            <Badge variant="dot" color="orange" c="dark.9" tt="none">
                              {t('registry.status.suspended')}
                            </Badge>
                          ) : (
                            t('registry.status.valid')
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {items.some((r) => r.status === 'suspended') && (
                <Text size="sm" c="gray.8">
                  {t('registry.suspendedHint')}
                </Text>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
