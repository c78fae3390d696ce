import { Alert, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonCompact } from '../../components/json-compact';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/format';
import { isCertifierRole, useSession } from '../../lib/session';
import { useAuditEvents } from './api/use-audit-events';

export function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [limit, setLimit] = useState(100);
  const events = useAuditEvents(limit);
  const label = (group: string, key: string) => (i18n.exists(`auditTrail.${group}.${key}`) ? t(`auditTrail.${group}.${key}`) : key);

  if (!isCertifierRole(session.data?.user.role)) {
    return (
      <Stack>
        <Title order={1}>{t('auditTrail.title')}</Title>
        <Alert color="yellow">{t('auditTrail.certifierOnly')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack>
      <Title order={1}>{t('auditTrail.title')}</Title>
      <Text>{t('auditTrail.intro')}</Text>
      <QueryState query={events}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('auditTrail.empty')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('auditTrail.time')}</Table.Th>
                      <Table.Th scope="col">{t('auditTrail.actor')}</Table.Th>
                      <Table.Th scope="col">{t('auditTrail.entity')}</Table.Th>
                      <Table.Th scope="col">{t('auditTrail.action')}</Table.Th>
                      <Table.Th scope="col">{t('auditTrail.change')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</Table.Td>
                        <Table.Td>{e.actorName ?? t('auditTrail.system')}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{label('entities', e.entityType)}</Text>
                          <Text size="xs" c="gray.7" style={{ wordBreak: 'break-all' }}>
                            {e.entityId}
                          </Text>
                        </Table.Td>
                        <Table.Td>{label('actions', e.action)}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap" align="flex-start">
                            <JsonCompact value={e.before} />
                            <span aria-hidden>→</span>
                            <VisuallyHidden>{t('auditTrail.becomes')}</VisuallyHidden>
                            <JsonCompact value={e.after} />
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {data.items.length >= limit && limit < 500 && (
                <Button variant="default" onClick={() => setLimit(500)} style={{ alignSelf: 'flex-start' }}>
                  {t('auditTrail.loadMore')}
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
