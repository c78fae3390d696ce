import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import type { Cycle } from '../api/cycle-types';
import { useCertificateCycle } from '../api/use-certificate-cycle';
import { useChangeStatus } from '../api/use-change-status';
import { useStartAudit } from '../api/use-start-audit';
import { CertificateStateBadge } from './certificate-state-badge';

/** The certificate's cycle: the audits it owes, their outcome, its state today, and the certifier's actions. */
export function CycleCard({ certificateId }: { certificateId: string }) {
  const cycle = useCertificateCycle(certificateId);
  return <QueryState query={cycle}>{(c) => <CycleView certificateId={certificateId} cycle={c} />}</QueryState>;
}

function CycleView({ certificateId, cycle }: { certificateId: string; cycle: Cycle }) {
  const { t } = useTranslation();
  const role = useSession().data?.user.role;
  const certifier = role === 'certifier_admin' || role === 'auditor';
  const next = cycle.audits.find((a) => a.id === cycle.nextAuditId) ?? null;
  return (
    <Card withBorder component="section" aria-labelledby="cycle-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="cycle-heading">
            {t('certificateCycle.title')}
          </Title>
          <CertificateStateBadge state={cycle.state} />
        </Group>
        {cycle.statusReason && (
          <Alert color={cycle.state === 'valid' ? 'gray' : 'orange'} title={t('certificateCycle.statusReason')}>
            <Text c="dark.9">
              {cycle.statusReason}
              {cycle.statusChangedAt && ` (${formatDateTime(cycle.statusChangedAt)})`}
            </Text>
          </Alert>
        )}
        {cycle.previousCertificateId && (
          <Anchor component={Link} to={`/zertifikate/${cycle.previousCertificateId}`} size="sm">
            {t('certificateCycle.previous')}
          </Anchor>
        )}
        <Table>
          <Table.Caption>{t('certificateCycle.auditsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('certificateCycle.audit.label')}</Table.Th>
              <Table.Th scope="col">{t('certificateCycle.dueOn')}</Table.Th>
              <Table.Th scope="col">{t('certificateCycle.completedOn')}</Table.Th>
              <Table.Th scope="col">{t('certificateCycle.outcomeLabel')}</Table.Th>
              <Table.Th scope="col">{t('certificateCycle.procedure')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cycle.audits.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{t(`certificateCycle.audit.${a.kind}`, { n: a.sequence })}</Table.Td>
                <Table.Td>
                  {formatDate(a.dueOn)}
                  {a.overdue && (
                    <Text span fw={700} c="red.9">
                      {' '}
                      ({t('certificateCycle.overdue')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(a.completedOn)}</Table.Td>
                <Table.Td>{a.outcome ? t(`certificateCycle.outcome.${a.outcome}`) : '–'}</Table.Td>
                <Table.Td>
                  {a.assessmentId ? (
                    <Anchor component={Link} to={`/verfahren/${a.assessmentId}`}>
                      {t('certificateCycle.openProcedure')}
                    </Anchor>
                  ) : (
                    '–'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {certifier && next && !next.assessmentId && cycle.state !== 'withdrawn' && cycle.state !== 'expired' && (
          <StartAuditForm
            certificateId={certificateId}
            auditId={next.id}
            label={t(`certificateCycle.audit.${next.kind}`, { n: next.sequence })}
          />
        )}
        {role === 'certifier_admin' && cycle.state !== 'withdrawn' && <StatusForm certificateId={certificateId} cycle={cycle} />}
      </Stack>
    </Card>
  );
}

function StartAuditForm({ certificateId, auditId, label }: { certificateId: string; auditId: string; label: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartAudit(certificateId, (id) => navigate(`/verfahren/${id}`));
  const [dueOn, setDueOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate({ auditId, documentationDueOn: dueOn || undefined });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-labelledby="start-audit-heading">
      <Title order={3} size="h4" id="start-audit-heading">
        {t('certificateCycle.start.title', { audit: label })}
      </Title>
      <Text size="sm">{t('certificateCycle.start.hint')}</Text>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('certificateCycle.start.documentationDueOn')}
          description={t('certificateCycle.start.documentationDueOnHint')}
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
        <Button type="submit" loading={start.isPending}>
          {t('certificateCycle.start.submit', { audit: label })}
        </Button>
      </Group>
    </Stack>
  );
}

function StatusForm({ certificateId, cycle }: { certificateId: string; cycle: Cycle }) {
  const { t } = useTranslation();
  const change = useChangeStatus(certificateId);
  const options = (['suspended', 'valid', 'withdrawn'] as const).filter((s) =>
    s === 'valid' ? cycle.state === 'suspended' : s !== cycle.state,
  );
  const [status, setStatus] = useState<(typeof options)[number]>(options[0]!);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ status, reason: reason.trim() }, { onSuccess: () => setReason('') });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" aria-labelledby="status-heading">
      <Title order={3} size="h4" id="status-heading">
        {t('certificateCycle.status.title')}
      </Title>
      <Group align="flex-end" grow>
        <NativeSelect
          label={t('certificateCycle.status.newStatus')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
          data={options.map((s) => ({ value: s, label: t(`certificateCycle.status.to.${s}`) }))}
        />
      </Group>
      <Textarea
        label={t('certificateCycle.status.reason')}
        required
        minLength={3}
        maxLength={1000}
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group>
        <Button
          type="submit"
          color={status === 'withdrawn' ? 'red.9' : undefined}
          loading={change.isPending}
          disabled={reason.trim().length < 3}
        >
          {t('certificateCycle.status.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
