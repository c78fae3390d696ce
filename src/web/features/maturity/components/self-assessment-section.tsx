import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatPercent, pickLocale } from '../../../lib/format';
import type { MaturityView } from '../api/types';
import { scaleLabel } from '../maturity-format';
import { SelfAssessmentForm } from './self-assessment-form';

/** The self-assessment: a form while the municipality may still change it, a table otherwise. */
export function SelfAssessmentSection({ assessmentId, view }: { assessmentId: string; view: MaturityView }) {
  const { t, i18n } = useTranslation();
  const self = view.selfAssessment;
  return (
    <Stack component="section" aria-labelledby="self-assessment-title">
      <Title order={2} id="self-assessment-title">
        {t('maturity.self.title')}
      </Title>
      {self.submittedAt ? (
        <Alert color="green" variant="outline">
          <Text c="dark.9">{t('maturity.self.submittedOn', { date: formatDateTime(self.submittedAt) })}</Text>
        </Alert>
      ) : (
        !view.permissions.editSelfAssessment && <Text>{t('maturity.self.notSubmitted')}</Text>
      )}
      {view.permissions.editSelfAssessment ? (
        <SelfAssessmentForm assessmentId={assessmentId} view={view} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('maturity.self.dimension')}</Table.Th>
                  <Table.Th scope="col">{t('maturity.self.level')}</Table.Th>
                  <Table.Th scope="col">{t('maturity.self.comment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.dimensions.flatMap((d) =>
                  d.criteria.map((c) => {
                    const rating = self.criteria.find((r) => r.criterionId === c.id);
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Th scope="row" fw={500}>
                          {pickLocale(c.title, i18n.language)}
                        </Table.Th>
                        <Table.Td>{rating?.level == null ? t('maturity.notRated') : scaleLabel(t, rating.level)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{rating?.comment || '–'}</Table.Td>
                      </Table.Tr>
                    );
                  }),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text>
            {self.budgetShare === null
              ? t('maturity.self.budgetShareUnknown')
              : t('maturity.self.budgetShare', { share: formatPercent(self.budgetShare, i18n.language) })}
          </Text>
        </>
      )}
      <Text>
        {self.level
          ? t('maturity.self.selfLevel', { level: pickLocale(self.level.title, i18n.language) })
          : t('maturity.self.selfLevelNone')}
      </Text>
    </Stack>
  );
}
