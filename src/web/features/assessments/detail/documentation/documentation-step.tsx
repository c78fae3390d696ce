import { Accordion, Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, pickLocale } from '../../../../lib/format';
import type { AssessmentDetail, CatalogDefinition } from '../../api/types';
import { topicGroups } from '../catalog-helpers';
import { CriterionCard } from './criterion-card';
import { AttachMeasuredEvidence } from './measured-evidence';
import { TableTransfer } from './table-transfer';

/** Step 3: the documentation table online, per topic field and criterion, plus the XLSX round trip. */
export function DocumentationStep({ assessment: a, catalog }: { assessment: AssessmentDetail; catalog: CatalogDefinition }) {
  const { t, i18n } = useTranslation();
  const states = new Map(a.criteria.map((c) => [c.criterionId, c]));
  const groups = topicGroups(catalog);
  const documented = a.criteria.filter((c) => c.documentedAt).length;
  const editable = a.permissions.editDocumentation;

  return (
    <Stack>
      <Title order={2}>{t('assessments.documentation.title')}</Title>
      <Group gap="lg">
        <Text>{t('assessments.documentation.progress', { done: documented, total: a.criteria.length })}</Text>
        {a.documentationDueOn && <Text>{t('assessments.documentation.dueOn', { date: formatDate(a.documentationDueOn) })}</Text>}
      </Group>
      {!editable && <Alert color="gray">{t('assessments.documentation.readOnly')}</Alert>}
      <TableTransfer assessmentId={a.id} editable={editable} />
      {/* the server allows both sides while documenting and until the scores are released */}
      {(editable || a.permissions.recordMeeting || a.permissions.score) && <AttachMeasuredEvidence assessmentId={a.id} />}
      <Accordion multiple variant="separated" chevronPosition="left">
        {groups.map((g) => {
          const done = g.criteria.filter((c) => states.get(c.criterion.id)?.documentedAt).length;
          return (
            <Accordion.Item key={g.topic.id} value={g.topic.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text fw={600}>{pickLocale(g.topic.title, i18n.language)}</Text>
                  <Badge variant="outline" color="dark" tt="none">
                    {t('assessments.documentation.topicProgress', { done, total: g.criteria.length })}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack>
                  {g.criteria.map(({ criterion, subtopic }) => (
                    <CriterionCard
                      key={criterion.id}
                      assessmentId={a.id}
                      criterion={criterion}
                      subtopic={subtopic}
                      state={states.get(criterion.id)}
                      editable={editable}
                    />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
