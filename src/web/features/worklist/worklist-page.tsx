import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStateBadge } from '../../components/case-state-badge';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../lib/format';
import type { WorklistItem } from './api/types';
import { useCallbackContacts } from './api/use-callback-contacts';
import { useCompleteCallback } from './api/use-complete-callback';
import { useWorklist } from './api/use-worklist';

/** What needs doing today: endangered and overdue cases, and callbacks still to make. */
export function WorklistPage() {
  const { t } = useTranslation();
  const worklist = useWorklist();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('worklist.title')}</Title>
      <QueryState query={worklist}>
        {(w) => (
          <>
            <Text>{w.pilot ? t('worklist.introPilot', { name: w.pilot.name }) : t('worklist.introAll')}</Text>
            <CaseSection items={w.cases} />
            <CallbackSection items={w.callbacks} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function CaseSection({ items }: { items: WorklistItem[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="worklist-cases-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="worklist-cases-heading">
          {t('worklist.cases.heading')}
        </Title>
        {items.length === 0 ? (
          <Text>{t('worklist.cases.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped aria-labelledby="worklist-cases-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('worklist.column.reference')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.subject')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.promise')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.state')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.pilot')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.delayNotice')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/faelle/${c.id}`}>
                        {c.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{[c.subject, c.businessName].filter(Boolean).join(' · ') || '–'}</Table.Td>
                    <Table.Td>{c.promiseTitle}</Table.Td>
                    <Table.Td>{formatDate(c.dueOn)}</Table.Td>
                    <Table.Td>
                      <CaseStateBadge state={c.state} />
                    </Table.Td>
                    <Table.Td>{c.pilotName ?? t('worklist.unassigned')}</Table.Td>
                    <Table.Td>{c.delayNoticeSentAt ? t('worklist.delayNoticeSent', { date: formatDate(c.delayNoticeSentAt) }) : t('worklist.delayNoticeOpen')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function CallbackSection({ items }: { items: WorklistItem[] }) {
  const { t } = useTranslation();
  const contacts = useCallbackContacts(items.map((c) => c.id));
  const complete = useCompleteCallback();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="worklist-callbacks-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="worklist-callbacks-heading">
          {t('worklist.callbacks.heading')}
        </Title>
        {items.length === 0 ? (
          <Text>{t('worklist.callbacks.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped aria-labelledby="worklist-callbacks-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('worklist.column.reference')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.name')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.phone')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.preferredTime')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.topic')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.state')}</Table.Th>
                  <Table.Th scope="col">{t('worklist.column.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => {
                  const contact = contacts.get(c.id);
                  const phone = contact?.contactPhone;
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/faelle/${c.id}`}>
                          {c.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{contact ? (contact.contactName ?? c.businessName ?? '–') : t('common.loading')}</Table.Td>
                      <Table.Td>{phone ? <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor> : '–'}</Table.Td>
                      <Table.Td>{contact?.details.preferredTime ?? '–'}</Table.Td>
                      <Table.Td>{c.subject || '–'}</Table.Td>
                      <Table.Td>{formatDate(c.dueOn)}</Table.Td>
                      <Table.Td>
                        <CaseStateBadge state={c.state} />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          leftSection={<IconCheck size={16} aria-hidden />}
                          aria-label={t('worklist.callbacks.doneLabel', { reference: c.reference })}
                          loading={complete.isPending && complete.variables === c.id}
                          onClick={() => complete.mutate(c.id)}
                        >
                          {t('worklist.callbacks.done')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
