import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, pickLocale } from '../../../../lib/format';
import type { CatalogCriterion, CatalogTopic, CriterionState } from '../../api/types';
import { criterionLabel } from '../catalog-helpers';
import { DocumentationForm } from './documentation-form';
import { EvidenceList } from './evidence-list';
import { MeasuredEvidenceList } from './measured-evidence';

type Props = {
  assessmentId: string;
  criterion: CatalogCriterion;
  subtopic: CatalogTopic | null;
  state: CriterionState | undefined;
  editable: boolean;
};

/** One criterion: what the catalog asks, and what the municipality answered. */
export function CriterionCard({ assessmentId, criterion, subtopic, state, editable }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = `criterion-${criterion.id}`;
  const title = criterionLabel(criterion, pickLocale(criterion.title, i18n.language));
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        {subtopic && (
          <Text size="sm" c="gray.8">
            {pickLocale(subtopic.title, i18n.language)}
          </Text>
        )}
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        {criterion.description && <Text size="sm">{pickLocale(criterion.description, i18n.language)}</Text>}
        {criterion.target && (
          <Text size="sm">
            <strong>{t('assessments.documentation.target')}:</strong> {pickLocale(criterion.target, i18n.language)}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {(criterion.guidingQuestions?.length ?? 0) > 0 && (
            <div>
              <Text fw={600} size="sm">
                {t('assessments.documentation.guidingQuestions')}
              </Text>
              <List size="sm" spacing={2}>
                {criterion.guidingQuestions!.map((q, i) => (
                  <List.Item key={i}>{pickLocale(q, i18n.language)}</List.Item>
                ))}
              </List>
            </div>
          )}
          {(criterion.evidence?.length ?? 0) > 0 && (
            <div>
              <Text fw={600} size="sm">
                {t('assessments.documentation.typicalEvidence')}
              </Text>
              <List size="sm" spacing={2}>
                {criterion.evidence!.map((q, i) => (
                  <List.Item key={i}>{pickLocale(q, i18n.language)}</List.Item>
                ))}
              </List>
            </div>
          )}
        </SimpleGrid>
        {editable && state ? (
          <DocumentationForm assessmentId={assessmentId} criterionId={criterion.id} state={state} />
        ) : (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('assessments.documentation.explanation')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{state?.explanation || t('assessments.documentation.noExplanation')}</Text>
            {(state?.links.length ?? 0) > 0 && (
              <>
                <Text fw={600} size="sm">
                  {t('assessments.documentation.linksHeading')}
                </Text>
                <List size="sm">
                  {state!.links.map((l) => (
                    <List.Item key={l}>
                      <Anchor href={l} target="_blank" rel="noopener noreferrer">
                        {l}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
        {state?.documentedAt && (
          <Text size="sm" c="gray.8">
            {t('assessments.documentation.documentedAt', { date: formatDateTime(state.documentedAt) })}
          </Text>
        )}
        {state && <MeasuredEvidenceList items={state.measuredEvidence} />}
        {state && (
          <EvidenceList
            assessmentId={assessmentId}
            criterionId={criterion.id}
            criterionTitle={title}
            evidence={state.evidence}
            editable={editable}
          />
        )}
      </Stack>
    </Card>
  );
}
