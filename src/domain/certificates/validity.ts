import { addDays, addMonths } from '../calendar/berlin-date.js';

/**
 * A certificate is valid from the day of the decision for the scheme's validity
 * period; the last valid day is the day before the same date N months later
 * (2026-03-15 + 36 months → valid until 2029-03-14).
 */
export function certificateValidity(decisionDate: string, validityMonths: number): { validFrom: string; validUntil: string } {
  if (!Number.isInteger(validityMonths) || validityMonths < 1)
    throw new RangeError(`validityMonths must be a positive integer, got ${validityMonths}`);
  return { validFrom: decisionDate, validUntil: addDays(addMonths(decisionDate, validityMonths), -1) };
}

/** Whether a certificate counts as held on a given date (inclusive bounds). */
export function isValidOn(cert: { validFrom: string; validUntil: string; status: string }, date: string): boolean {
  return cert.status === 'valid' && cert.validFrom <= date && date <= cert.validUntil;
}
