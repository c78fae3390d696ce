import { Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMailPlus, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatNumber, pickLocale } from '../../../lib/format';
import { isCertifierRole, useSession } from '../../../lib/session';
import { useAssessments } from '../api/use-assessments';
import { AssessmentStatusBadge } from '../components/assessment-status-badge';
import { RecordContactForm } from './record-contact-form';

export function AssessmentListPage() {
  const { t, i18n } = useTranslation();
  const role = useSession().data?.user.role;
  const certifier = isCertifierRole(role);
  const assessments = useAssessments();
  const navigate = useNavigate();
  const [contactOpen, contact] = useDisclosure(false);

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('assessments.title')}</Title>
        <Group>
          {certifier && (
            <Button leftSection={<IconMailPlus size={18} aria-hidden />} onClick={contact.open}>
              {t('assessments.recordContact')}
            </Button>
          )}
          {role === 'municipality_admin' && (
            <Button component={Link} to="/bewerben" leftSection={<IconSend size={18} aria-hidden />}>
              {t('assessments.applyButton')}
            </Button>
          )}
        </Group>
      </Group>
      <QueryState query={assessments}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{certifier ? t('assessments.emptyCertifier') : t('assessments.emptyMunicipality')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('assessments.municipality')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.seal')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.round')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.statusLabel')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.appliedAt')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.meetingPlannedAt')}</Table.Th>
                    <Table.Th scope="col">{t('assessments.releasedAt')}</Table.Th>
                    {certifier && <Table.Th scope="col">{t('assessments.totalPoints')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/verfahren/${a.id}`}>
                          {a.municipalityName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{pickLocale(a.schemeTitle, i18n.language)}</Table.Td>
                      <Table.Td>{a.round}</Table.Td>
                      <Table.Td>
                        <AssessmentStatusBadge status={a.status} />
                      </Table.Td>
                      <Table.Td>{formatDate(a.appliedAt)}</Table.Td>
                      <Table.Td>{formatDate(a.meetingPlannedAt)}</Table.Td>
                      <Table.Td>{formatDate(a.releasedAt)}</Table.Td>
                      {certifier && <Table.Td>{a.totalPoints === null ? '–' : formatNumber(a.totalPoints, i18n.language)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {certifier && (
        <Modal
          opened={contactOpen}
          onClose={contact.close}
          title={t('assessments.contactForm.title')}
          size="lg"
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <RecordContactForm
            onCreated={(id) => {
              contact.close();
              navigate(`/verfahren/${id}`);
            }}
          />
        </Modal>
      )}
    </Stack>
  );
}
