import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { stateText } from '../../lib/service-terms';
import { useAdministrations } from './api/use-administrations';

/** The public directory of administrations that publish service promises. */
export function ServiceDirectoryPage() {
  const { t } = useTranslation();
  const administrations = useAdministrations();
  return (
    <Stack>
      <Title order={1}>{t('publicService.directoryTitle')}</Title>
      <Text>{t('publicService.directoryIntro')}</Text>
      <QueryState query={administrations}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('publicService.directoryEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('publicService.directoryCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('publicService.administration')}</Table.Th>
                    <Table.Th scope="col">{t('publicService.district')}</Table.Th>
                    <Table.Th scope="col">{t('publicService.state')}</Table.Th>
                    <Table.Th scope="col">{t('publicService.promiseCount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/service/${a.id}`}>
                          {a.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{a.kind === 'district' ? t('publicService.kind.district') : (a.district ?? '–')}</Table.Td>
                      <Table.Td>{a.stateCode ? stateText(t, a.stateCode) : '–'}</Table.Td>
                      <Table.Td>{a.promises}</Table.Td>
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
