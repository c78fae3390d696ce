import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail, StepAction } from '../api/types';
import { AcknowledgeForm, AssessForm, InvestigateForm } from './first-step-forms';
import { CloseForm, CommunicateForm, RespondForm } from './last-step-forms';

const FORMS: Record<StepAction, (props: { complaint: ComplaintDetail }) => ReactNode> = {
  acknowledge: AcknowledgeForm,
  assess: AssessForm,
  investigate: InvestigateForm,
  respond: RespondForm,
  communicate_decision: CommunicateForm,
  close: CloseForm,
};

/** One form per step that may be taken now, in ISO 10002 order. */
export function NextStep({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  if (c.allowedSteps.length === 0) {
    return <Text c="gray.8">{t('complaints.detail.allDone')}</Text>;
  }
  return (
    <Stack>
      {c.allowedSteps.map((step) => {
        const Form = FORMS[step];
        return (
          <Paper key={step} withBorder p="md" component="section" aria-labelledby={`step-${step}-heading`}>
            <Title order={2} size="h3" id={`step-${step}-heading`}>
              {t(step === c.nextStep ? 'complaints.detail.nextStep' : 'complaints.detail.alsoPossible', {
                step: t(`complaints.step.${step}`),
              })}
            </Title>
            <Text size="sm" c="gray.8" mb="sm">
              {t(`complaints.stepHint.${step}`)}
            </Text>
            <Form complaint={c} />
          </Paper>
        );
      })}
    </Stack>
  );
}
