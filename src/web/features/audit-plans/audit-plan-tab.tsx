import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../components/download-button';
import { QueryState } from '../../components/query-state';
import type { AuditPlan, CriterionOption, PlanSlot } from './api/types';
import { useAddSlot } from './api/use-add-slot';
import { useAuditPlan } from './api/use-audit-plan';
import { useDeleteSlot } from './api/use-delete-slot';
import { useUpdateSlot } from './api/use-update-slot';
import { PlanTable } from './components/plan-table';
import { SendCard } from './components/send-card';
import { SlotForm } from './components/slot-form';
import { timeOf } from './plan-format';

/**
 * The "Auditplan" tab of an assessment: the plan by day across departments, sites and
 * processes; the certifier adds, changes and removes slots and sends the plan to the
 * municipality's quality representatives; everyone prints it in German or English.
 */
export function AuditPlanTab({ assessmentId, criteria }: { assessmentId: string; criteria: CriterionOption[] }) {
  const { t } = useTranslation();
  const plan = useAuditPlan(assessmentId);
  return (
    <Stack>
      <Title order={2}>{t('auditPlans.title')}</Title>
      <Text>{t('auditPlans.intro')}</Text>
      <QueryState query={plan}>{(view) => <PlanBody plan={view} criteria={criteria} />}</QueryState>
    </Stack>
  );
}

function PlanBody({ plan, criteria }: { plan: AuditPlan; criteria: CriterionOption[] }) {
  const { t } = useTranslation();
  const add = useAddSlot(plan.assessmentId);
  const update = useUpdateSlot(plan.assessmentId);
  const remove = useDeleteSlot(plan.assessmentId);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState<PlanSlot | null>(null);
  const [deleting, setDeleting] = useState<PlanSlot | null>(null);
  const pdf = (lang: 'de' | 'en') => `/assessments/${plan.assessmentId}/audit-plan.pdf?lang=${lang}`;

  return (
    <Stack>
      <Group gap="xs">
        <DownloadButton path={pdf('de')} label={t('auditPlans.pdfDe')} />
        <DownloadButton path={pdf('en')} label={t('auditPlans.pdfEn')} />
      </Group>
      <SendCard plan={plan} />
      {plan.items.length === 0 ? (
        <Text>{t('auditPlans.empty')}</Text>
      ) : (
        <PlanTable slots={plan.items} editable={plan.permissions.edit} onEdit={setEditing} onDelete={setDeleting} />
      )}
      {plan.permissions.edit && (
        <Card withBorder component="section">
          <SlotForm
            key={formKey}
            headingOrder={3}
            auditors={plan.auditors}
            criteria={criteria}
            pending={add.isPending}
            error={add.error}
            onSubmit={(body) => add.mutate(body, { onSuccess: () => setFormKey((k) => k + 1) })}
          />
        </Card>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('auditPlans.form.editTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <SlotForm
            headingOrder={null}
            slot={editing}
            auditors={plan.auditors}
            criteria={criteria}
            pending={update.isPending}
            error={update.error}
            onSubmit={(body) => update.mutate({ id: editing.id, body }, { onSuccess: () => setEditing(null) })}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('auditPlans.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {deleting && (
          <Stack>
            <Text>
              {t('auditPlans.deleteConfirm', {
                time: `${timeOf(deleting.startsAt)}–${timeOf(deleting.endsAt)}`,
                department: deleting.department,
              })}
            </Text>
            <Group>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
              >
                {t('auditPlans.delete')}
              </Button>
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('auditPlans.form.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
