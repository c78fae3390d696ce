import { Alert, Anchor, Badge, Button, Code, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/format';
import { type MailStatus, type OutboxMail, useOutbox } from './api/use-outbox';

const COLORS: Record<MailStatus, string> = { sent: 'green', pending: 'blue', failed: 'red', held: 'gray' };

/** Every mail the administration caused; without SMTP they are held here instead of sent. */
export function OutboxPage() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  return (
    <Stack>
      <Title order={1}>{t('outbox.title')}</Title>
      <QueryState query={outbox}>
        {(data) => (
          <Stack>
            {!data.smtpConfigured && (
              <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
                {t('outbox.noSmtp')}
              </Alert>
            )}
            {data.items.length === 0 ? <Text>{t('outbox.empty')}</Text> : <MailTable items={data.items} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function MailTable({ items }: { items: OutboxMail[] }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('outbox.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outbox.column.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('outbox.column.to')}</Table.Th>
            <Table.Th scope="col">{t('outbox.column.subject')}</Table.Th>
            <Table.Th scope="col">{t('outbox.column.status')}</Table.Th>
            <Table.Th scope="col">{t('outbox.column.sentAt')}</Table.Th>
            <Table.Th scope="col">{t('outbox.column.text')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => {
            const open = expanded.has(m.id);
            const bodyId = `mail-body-${m.id}`;
            return (
              <Fragment key={m.id}>
                <Table.Tr>
                  <Table.Td>{formatDateTime(m.createdAt)}</Table.Td>
                  <Table.Td>{m.toAddress}</Table.Td>
                  <Table.Td>
                    {m.subject}
                    {m.relatedType === 'service_case' && m.relatedId && (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/faelle/${m.relatedId}`} size="sm">
                          {t('outbox.openCase')}
                        </Anchor>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={COLORS[m.status]} c="dark.9" tt="none" miw="max-content">
                      {t(`outbox.status.${m.status}`)}
                    </Badge>
                    {m.status === 'failed' && m.lastError && (
                      <Text size="xs" c="red.9">
                        {t('outbox.lastError', { attempts: m.attempts, error: m.lastError })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(m.sentAt)}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      leftSection={open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                      aria-expanded={open}
                      aria-controls={open ? bodyId : undefined}
                      aria-label={t(open ? 'outbox.hideBodyLabel' : 'outbox.showBodyLabel', { subject: m.subject })}
                      onClick={() => toggle(m.id)}
                    >
                      {t(open ? 'outbox.hideBody' : 'outbox.showBody')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr id={bodyId}>
                    <Table.Td colSpan={6}>
                      <Code block style={{ whiteSpace: 'pre-wrap' }}>
                        {m.body}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
