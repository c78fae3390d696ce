import { Alert, Anchor, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import type { AuditPlan } from '../api/types';
import { usePlanRecipients } from '../api/use-plan-recipients';
import { useSendPlan } from '../api/use-send-plan';

/** When the plan last went to the quality representatives; the certifier sends it (again). */
export function SendCard({ plan }: { plan: AuditPlan }) {
  const { t } = useTranslation();
  const recipients = usePlanRecipients(plan.assessmentId, plan.permissions.send);
  const send = useSendPlan(plan.assessmentId);
  const none = recipients.data !== undefined && recipients.data.length === 0;
  return (
    <Card withBorder component="section" aria-labelledby="audit-plan-send-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="audit-plan-send-heading">
          {t('auditPlans.send.title')}
        </Title>
        <Text>{plan.sentAt ? t('auditPlans.send.sentAt', { date: formatDateTime(plan.sentAt) }) : t('auditPlans.send.notYet')}</Text>
        {plan.permissions.send && (
          <>
            {recipients.data && recipients.data.length > 0 && (
              <>
                <Text size="sm" c="gray.8">
                  {t('auditPlans.send.recipients')}
                </Text>
                <List size="sm">
                  {recipients.data.map((r) => (
                    <List.Item key={r.id}>
                      {r.name} ({r.centralManager ? t('auditPlans.send.centralManager') : r.department}) · {r.email}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {none && (
              <Alert color="yellow" variant="outline">
                <Text c="dark.9" size="sm">
                  {t('auditPlans.send.noRepresentatives')}
                </Text>
              </Alert>
            )}
            {plan.items.length === 0 && (
              <Text size="sm" c="gray.8">
                {t('auditPlans.send.emptyPlan')}
              </Text>
            )}
            <div>
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                loading={send.isPending}
                disabled={none || plan.items.length === 0}
                onClick={() => send.mutate()}
              >
                {plan.sentAt ? t('auditPlans.send.again') : t('auditPlans.send.button')}
              </Button>
            </div>
          </>
        )}
        {!plan.permissions.send && !plan.permissions.edit && (
          <Text size="sm" c="gray.8">
            {t('auditPlans.send.municipalityHint')}{' '}
            <Anchor component={Link} to="/qualitaetsbeauftragte" size="sm" underline="always">
              {t('auditPlans.send.representativesLink')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
