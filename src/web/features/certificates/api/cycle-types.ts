import type { Localized } from '../../../lib/format';

export type CertificateState = 'valid' | 'surveillance_due' | 'suspended' | 'expired' | 'withdrawn';
export const CERTIFICATE_STATES: CertificateState[] = ['valid', 'surveillance_due', 'suspended', 'expired', 'withdrawn'];

export type NextAudit = {
  id: string;
  kind: 'surveillance' | 'recertification';
  sequence: number;
  dueOn: string;
  assessmentId: string | null;
};

export type OverviewItem = {
  id: string;
  number: string;
  schemeId: string;
  catalogVersion: string;
  schemeTitle: Localized;
  municipalityId: string;
  municipalityName: string;
  validFrom: string;
  validUntil: string;
  level: string | null;
  state: CertificateState;
  nextAudit: NextAudit | null;
};

export type Overview = { items: OverviewItem[]; total: number; page: number; pageSize: number };

export type CycleAudit = {
  id: string;
  kind: 'surveillance' | 'recertification';
  sequence: number;
  dueOn: string;
  assessmentId: string | null;
  completedOn: string | null;
  outcome: 'maintained' | 'suspended' | 'renewed' | 'not_renewed' | null;
  overdue: boolean;
};

export type Cycle = {
  state: CertificateState;
  statusReason: string | null;
  statusChangedAt: string | null;
  previousCertificateId: string | null;
  nextAuditId: string | null;
  audits: CycleAudit[];
};
