import { Badge, List, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import type { ServicePromise } from '../api/types';
import { usePromiseVersions } from '../api/use-promise-versions';
import { changedFields } from '../promise-changes';
import { usePromiseText } from './promise-text';

/** Every version of a promise with its dates and what it changed. */
export function PromiseVersions({ promise }: { promise: ServicePromise }) {
  const { t } = useTranslation();
  const versions = usePromiseVersions(promise.id);
  const text = usePromiseText();
  return (
    <QueryState query={versions}>
      {(data) => {
        const byNumber = new Map(data.items.map((v) => [v.version, v]));
        return (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Caption>{t('promises.versionsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('promises.version')}</Table.Th>
                  <Table.Th scope="col">{t('promises.validFrom')}</Table.Th>
                  <Table.Th scope="col">{t('promises.validUntil')}</Table.Th>
                  <Table.Th scope="col">{t('promises.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Th scope="row">
                      {v.version}{' '}
                      {v.retiredAt === null && (
                        <Badge variant="dot" color="blue" c="dark.9" tt="none" ml={4}>
                          {t('promises.currentVersion')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                    <Table.Td>{v.retiredAt ? formatDateTime(v.retiredAt) : '–'}</Table.Td>
                    <Table.Td>
                      <ChangeList t={t} version={v} previous={byNumber.get(v.version - 1)} text={text} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        );
      }}
    </QueryState>
  );
}

type PromiseText = ReturnType<typeof usePromiseText>;

function ChangeList({
  t,
  version,
  previous,
  text,
}: {
  t: TFunction;
  version: ServicePromise;
  previous: ServicePromise | undefined;
  text: PromiseText;
}) {
  if (!previous) return <Text size="sm">{t('promises.firstVersion', { title: version.title, deadline: text.deadline(version) })}</Text>;
  const fields = changedFields(version, previous);
  if (fields.length === 0) return <Text size="sm">{t('promises.noChange')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {fields.map((f) => (
        <List.Item key={f}>
          {f === 'description'
            ? t('promises.descriptionChanged')
            : `${t(`promises.fields.${f}`)}: ${text.field(previous, f)} → ${text.field(version, f)}`}
        </List.Item>
      ))}
    </List>
  );
}
