import { addDays, addMonths } from '../calendar/berlin-date.js';
import { certificateValidity } from './validity.js';

// The life of a certificate after the award (ISO/IEC 17021-1 practice): surveillance audits
// between the certification decision and the expiry — the first within 12 months of the
// decision, then one per interval — and a recertification decided before the expiry, whose
// new certificate runs on from the old expiry for another validity period. The intervals
// come from the scheme, so a 2-year or 5-year seal works the same way.

export type CycleRules = {
  validityMonths: number;
  /** Months between surveillance audits; none: a seal without surveillance (re-audit only). */
  surveillanceIntervalMonths: number | null;
};

export type CycleAuditKind = 'surveillance' | 'recertification';

/** One audit the certificate owes: it must be completed (decided) on or before `dueOn`. */
export type CycleAudit = { kind: CycleAuditKind; sequence: number; dueOn: string };

export type Cycle = { validFrom: string; validUntil: string; audits: CycleAudit[] };

/**
 * The audits a certificate owes, from its decision date: surveillance n is due on the day
 * before decision + n × interval (the first "within 12 months" of a yearly interval), as long
 * as that lies before the expiry; the recertification is due on the last valid day.
 */
export function certificateCycle(decisionDate: string, rules: CycleRules): Cycle {
  const { validFrom, validUntil } = certificateValidity(decisionDate, rules.validityMonths);
  const audits: CycleAudit[] = [];
  const interval = rules.surveillanceIntervalMonths;
  if (interval !== null) {
    if (!Number.isInteger(interval) || interval < 1)
      throw new RangeError(`surveillanceIntervalMonths must be a positive integer, got ${interval}`);
    for (let n = 1; n * interval < rules.validityMonths; n++) {
      audits.push({ kind: 'surveillance', sequence: n, dueOn: addDays(addMonths(decisionDate, n * interval), -1) });
    }
  }
  audits.push({ kind: 'recertification', sequence: 1, dueOn: validUntil });
  return { validFrom, validUntil, audits };
}

/**
 * The certificate after a successful recertification: it runs on from the old expiry, not from
 * the recertification decision, so finishing early neither shortens nor lengthens the cycle.
 */
export function renewedValidity(previousValidUntil: string, validityMonths: number): { validFrom: string; validUntil: string } {
  return certificateValidity(addDays(previousValidUntil, 1), validityMonths);
}

export type StoredStatus = 'valid' | 'suspended' | 'expired' | 'withdrawn';
export type CertificateState = 'valid' | 'surveillance_due' | 'suspended' | 'expired' | 'withdrawn';

export type AuditProgress = CycleAudit & { completedOn: string | null };

/**
 * The status a certificate has on `today`: withdrawn and (explicitly) suspended as recorded;
 * expired after its last valid day; suspended the day after an owed audit's due date passed
 * unfinished; "surveillance due" from `leadDays` before an owed audit's due date; else valid.
 */
export function certificateState(
  c: { status: StoredStatus; validUntil: string; audits: readonly AuditProgress[] },
  today: string,
  leadDays = 90,
): CertificateState {
  if (c.status === 'withdrawn') return 'withdrawn';
  if (today > c.validUntil) return 'expired';
  if (c.status === 'suspended' || c.status === 'expired') return c.status;
  const open = c.audits.filter((a) => a.completedOn === null);
  if (open.some((a) => a.dueOn < today)) return 'suspended';
  if (open.some((a) => addDays(a.dueOn, -leadDays) <= today)) return 'surveillance_due';
  return 'valid';
}

/** The next audit still owed, if any (the earliest due first). */
export function nextAudit(audits: readonly AuditProgress[]): AuditProgress | null {
  return audits.filter((a) => a.completedOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}
