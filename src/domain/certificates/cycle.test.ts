import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../calendar/berlin-date.js';
import { certificateCycle, certificateState, nextAudit, renewedValidity } from './cycle.js';

const iso = { validityMonths: 36, surveillanceIntervalMonths: 12 };

describe('certificateCycle', () => {
  it('an ISO 9001 certificate decided on 15 Mar 2026 owes surveillance in years 1 and 2 and a recertification before expiry', () => {
    expect(certificateCycle('2026-03-15', iso)).toEqual({
      validFrom: '2026-03-15',
      validUntil: '2029-03-14',
      audits: [
        // "within 12 months of the decision": at the latest on 14 Mar 2027
        { kind: 'surveillance', sequence: 1, dueOn: '2027-03-14' },
        { kind: 'surveillance', sequence: 2, dueOn: '2028-03-14' },
        { kind: 'recertification', sequence: 1, dueOn: '2029-03-14' },
      ],
    });
  });

  it('a 2-year seal has one surveillance, a 5-year seal four, a seal without surveillance none', () => {
    expect(
      certificateCycle('2026-01-31', { validityMonths: 24, surveillanceIntervalMonths: 12 }).audits.map((a) => [a.kind, a.dueOn]),
    ).toEqual([
      ['surveillance', '2027-01-30'],
      ['recertification', '2028-01-30'],
    ]);
    expect(
      certificateCycle('2026-01-01', { validityMonths: 60, surveillanceIntervalMonths: 12 }).audits.filter(
        (a) => a.kind === 'surveillance',
      ),
    ).toHaveLength(4);
    expect(certificateCycle('2026-01-01', { validityMonths: 36, surveillanceIntervalMonths: null }).audits).toEqual([
      { kind: 'recertification', sequence: 1, dueOn: '2028-12-31' },
    ]);
  });

  it('a renewed certificate runs on from the old expiry', () => {
    expect(renewedValidity('2029-03-14', 36)).toEqual({ validFrom: '2029-03-15', validUntil: '2032-03-14' });
  });
});

describe('certificateCycle (properties)', () => {
  const decision = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));
  const rules = fc.integer({ min: 1, max: 10 }).chain((years) =>
    fc.record({
      validityMonths: fc.constant(years * 12),
      surveillanceIntervalMonths: fc.option(fc.constantFrom(6, 12, 24), { nil: null }),
    }),
  );

  it('never skips a surveillance: one per interval, anchored on the decision, none after the expiry', () => {
    fc.assert(
      fc.property(decision, rules, (d, r) => {
        const { audits, validUntil } = certificateCycle(d, r);
        const surveillances = audits.filter((a) => a.kind === 'surveillance');
        const interval = r.surveillanceIntervalMonths;
        expect(surveillances).toHaveLength(interval === null ? 0 : Math.ceil(r.validityMonths / interval) - 1);
        surveillances.forEach((a, i) => {
          // audit n is due by the day before decision + n intervals: never later, so none is skipped
          expect(a.sequence).toBe(i + 1);
          expect(a.dueOn).toBe(addDays(addMonths(d, (i + 1) * interval!), -1));
          expect(a.dueOn < validUntil).toBe(true);
        });
        const dates = audits.map((a) => a.dueOn);
        for (let i = 1; i < dates.length; i++) {
          expect(dates[i]! > dates[i - 1]!).toBe(true);
          // months differ in length: consecutive audits lie at most one interval and 3 days apart
          if (interval !== null) expect(dates[i]! <= addDays(addMonths(dates[i - 1]!, interval), 3)).toBe(true);
        }
        expect(audits.at(-1)).toEqual({ kind: 'recertification', sequence: 1, dueOn: validUntil });
      }),
      { numRuns: 500 },
    );
  });

  it('an expiry always follows the decision, and a renewal continues without a gap or overlap', () => {
    fc.assert(
      fc.property(decision, rules, (d, r) => {
        const { validFrom, validUntil } = certificateCycle(d, r);
        expect(validFrom).toBe(d);
        expect(validUntil > d).toBe(true);
        const next = renewedValidity(validUntil, r.validityMonths);
        expect(next.validFrom).toBe(addDays(validUntil, 1));
        expect(next.validUntil > next.validFrom).toBe(true);
      }),
    );
  });
});

describe('certificateState', () => {
  const audits = certificateCycle('2026-03-15', iso).audits.map((a) => ({ ...a, completedOn: null as string | null }));
  const cert = { status: 'valid' as const, validUntil: '2029-03-14', audits };

  it.each([
    ['2026-06-01', 'valid'],
    // 90 days before the first surveillance is due
    ['2026-12-14', 'surveillance_due'],
    ['2027-03-14', 'surveillance_due'],
    // the day after the due date passed unfinished
    ['2027-03-15', 'suspended'],
    ['2029-03-15', 'expired'],
  ])('on %s it is %s', (today, state) => {
    expect(certificateState(cert, today)).toBe(state);
  });

  it('a completed surveillance keeps the certificate valid; recorded withdrawals and suspensions stand', () => {
    const done = { ...cert, audits: audits.map((a, i) => (i === 0 ? { ...a, completedOn: '2027-02-20' } : a)) };
    expect(certificateState(done, '2027-06-01')).toBe('valid');
    expect(nextAudit(done.audits)).toMatchObject({ kind: 'surveillance', sequence: 2 });
    expect(certificateState({ ...done, status: 'withdrawn' }, '2027-06-01')).toBe('withdrawn');
    expect(certificateState({ ...done, status: 'suspended' }, '2027-06-01')).toBe('suspended');
  });
});
