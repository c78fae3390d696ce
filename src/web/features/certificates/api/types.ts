import type { Localized } from '../../../lib/format';

export type PlaqueStatus = 'not_ordered' | 'ordered' | 'produced' | 'delivered';
export const PLAQUE_STATUSES: PlaqueStatus[] = ['not_ordered', 'ordered', 'produced', 'delivered'];

export type Certificate = {
  id: string;
  assessmentId: string;
  number: string;
  schemeId: string;
  catalogVersion: string;
  schemeTitle: Localized;
  /** digital maturity seals (DQD): the level reached */
  level: { id: string; title: Localized } | null;
  municipality: { id: string; name: string; district: string | null };
  certifier: { id: string; name: string };
  validFrom: string;
  validUntil: string;
  status: 'valid' | 'suspended' | 'expired' | 'withdrawn';
  issuedAt: string;
  handoverOn: string | null;
  handoverForm: string | null;
  plaqueStatus: PlaqueStatus;
  keyVisualSentAt: string | null;
  termsAcknowledgedAt: string | null;
};
