import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { formatDate, pickLocale } from '../../lib/format';
import { useCertificates } from './api/use-certificates';
import { CertificateStatusBadge } from './components/certificate-status-badge';

export function CertificateListPage() {
  const { t, i18n } = useTranslation();
  const certificates = useCertificates();
  return (
    <Stack>
      <Title order={1}>{t('certificates.title')}</Title>
      <QueryState query={certificates}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('certificates.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('certificates.number')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.seal')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.municipality')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.validFrom')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.validUntil')}</Table.Th>
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
                      <Table.Td>{pickLocale(c.schemeTitle, i18n.language)}</Table.Td>
                      <Table.Td>{c.municipality.name}</Table.Td>
                      <Table.Td>{formatDate(c.validFrom)}</Table.Td>
                      <Table.Td>{formatDate(c.validUntil)}</Table.Td>
                      <Table.Td>
                        <CertificateStatusBadge status={c.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
