import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseStateBadge } from '../../components/case-state-badge';
import { QueryState } from '../../components/query-state';
import { formatDate, telHref } from '../../lib/format';
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

/** A worklist section: its heading, then its table, or a line saying there is nothing to do. */
function WorklistSection({
  kind,
  columns,
  minWidth,
  empty,
  children,
}: {
  kind: 'cases' | 'callbacks';
  columns: string[];
  minWidth: number;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `worklist-${kind}-heading`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`worklist.${kind}.heading`)}
        </Title>
        {empty ? (
          <Text>{t(`worklist.${kind}.empty`)}</Text>
        ) : (
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`worklist.column.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{children}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function ReferenceCell({ item }: { item: WorklistItem }) {
  return (
    <Table.Td>
      <Anchor component={Link} to={`/faelle/${item.id}`}>
        {item.reference}
      </Anchor>
    </Table.Td>
  );
}

const CASE_COLUMNS = ['reference', 'subject', 'promise', 'dueOn', 'state', 'pilot', 'delayNotice'];
const CALLBACK_COLUMNS = ['reference', 'name', 'phone', 'preferredTime', 'topic', 'dueOn', 'state', 'action'];

function CaseSection({ items }: { items: WorklistItem[] }) {
  const { t } = useTranslation();
  return (
    <WorklistSection kind="cases" columns={CASE_COLUMNS} minWidth={800} empty={items.length === 0}>
      {items.map((c) => (
        <Table.Tr key={c.id}>
          <ReferenceCell item={c} />
          <Table.Td>{[c.subject, c.businessName].filter(Boolean).join(' · ') || '–'}</Table.Td>
          <Table.Td>{c.promiseTitle}</Table.Td>
          <Table.Td>{formatDate(c.dueOn)}</Table.Td>
          <Table.Td>
            <CaseStateBadge state={c.state} />
          </Table.Td>
          <Table.Td>{c.pilotName ?? t('worklist.unassigned')}</Table.Td>
          <Table.Td>
            {c.delayNoticeSentAt ? t('worklist.delayNoticeSent', { date: formatDate(c.delayNoticeSentAt) }) : t('worklist.delayNoticeOpen')}
          </Table.Td>
        </Table.Tr>
      ))}
    </WorklistSection>
  );
}

function CallbackSection({ items }: { items: WorklistItem[] }) {
  const { t } = useTranslation();
  const contacts = useCallbackContacts(items.map((c) => c.id));
  const complete = useCompleteCallback();
  return (
    <WorklistSection kind="callbacks" columns={CALLBACK_COLUMNS} minWidth={900} empty={items.length === 0}>
      {items.map((c) => {
        const contact = contacts.get(c.id);
        const phone = contact?.contactPhone;
        return (
          <Table.Tr key={c.id}>
            <ReferenceCell item={c} />
            <Table.Td>{contact ? (contact.contactName ?? c.businessName ?? '–') : t('common.loading')}</Table.Td>
            <Table.Td>{phone ? <Anchor href={telHref(phone)}>{phone}</Anchor> : '–'}</Table.Td>
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
    </WorklistSection>
  );
}
