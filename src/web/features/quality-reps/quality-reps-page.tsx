import { Alert, Anchor, Badge, Button, Card, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { isMunicipalityRole, useSession } from '../../lib/session';
import type { QualityRep, QualityRepList } from './api/types';
import { useAddQualityRep } from './api/use-add-quality-rep';
import { useQualityReps } from './api/use-quality-reps';
import { useUpdateQualityRep } from './api/use-update-quality-rep';
import { RepForm } from './components/rep-form';

/**
 * The quality representatives of the administration, by department, with the central quality
 * manager marked: they receive the audit plans. The admin keeps the list; staff read it.
 */
export function QualityRepsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const municipality = isMunicipalityRole(session.data?.user.role);
  const reps = useQualityReps();
  return (
    <Stack>
      <Title order={1}>{t('qualityReps.title')}</Title>
      <Text>{t('qualityReps.intro')}</Text>
      {municipality ? (
        <QueryState query={reps}>{(list) => <RepsBody list={list} />}</QueryState>
      ) : (
        <Alert color="yellow">{t('qualityReps.municipalityOnly')}</Alert>
      )}
    </Stack>
  );
}

function RepsBody({ list }: { list: QualityRepList }) {
  const { t } = useTranslation();
  const add = useAddQualityRep();
  const update = useUpdateQualityRep();
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<QualityRep | null>(null);
  const departments = [...new Set(list.items.map((r) => r.department))];
  const central = list.items.find((r) => r.centralManager && r.active);

  return (
    <Stack gap="lg">
      {!central && list.items.length > 0 && (
        <Alert color="yellow" variant="outline">
          <Text c="dark.9" size="sm">
            {t('qualityReps.noCentral')}
          </Text>
        </Alert>
      )}
      {list.items.length === 0 && <Text>{t('qualityReps.empty')}</Text>}
      {departments.map((department, i) => {
        const headingId = `quality-reps-department-${i}`;
        return (
          <Stack key={department} component="section" gap="xs" aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId}>
              {department}
            </Title>
            <Table.ScrollContainer minWidth={700}>
              <Table verticalSpacing="xs" layout="fixed" aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('qualityReps.field.name')}</Table.Th>
                    <Table.Th scope="col">{t('qualityReps.field.email')}</Table.Th>
                    <Table.Th scope="col">{t('qualityReps.field.phone')}</Table.Th>
                    <Table.Th scope="col">{t('qualityReps.field.role')}</Table.Th>
                    {list.permissions.edit && <Table.Th scope="col">{t('qualityReps.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items
                    .filter((r) => r.department === department)
                    .map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          {r.name}
                          {!r.active && (
                            <Text size="sm" c="gray.8">
                              {t('qualityReps.inactive')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Anchor href={`mailto:${r.email}`} underline="always">
                            {r.email}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{r.phone ?? '–'}</Table.Td>
                        <Table.Td>
                          {r.centralManager && r.active ? (
                            <Badge variant="light" color="blue" c="blue.9" tt="none">
                              {t('qualityReps.centralManager')}
                            </Badge>
                          ) : (
                            t('qualityReps.representative')
                          )}
                        </Table.Td>
                        {list.permissions.edit && (
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setEditing(r)}
                              aria-label={t('qualityReps.editOne', { name: r.name })}
                            >
                              {t('qualityReps.edit')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
      {list.permissions.edit ? (
        <Card withBorder component="section">
          <RepForm
            key={formKey}
            headingOrder={2}
            pending={add.isPending}
            error={add.error}
            onSubmit={(body) => add.mutate(body, { onSuccess: () => setFormKey((k) => k + 1) })}
          />
        </Card>
      ) : (
        <Text size="sm" c="gray.8">
          {t('qualityReps.adminOnly')}
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('qualityReps.form.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <RepForm
            rep={editing}
            headingOrder={null}
            pending={update.isPending}
            error={update.error}
            onSubmit={(body) => update.mutate({ id: editing.id, body }, { onSuccess: () => setEditing(null) })}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
