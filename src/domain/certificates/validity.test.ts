import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, toBerlinDate } from '../calendar/berlin-date.js';
import { certificateValidity, isValidOn } from './validity.js';

describe('certificateValidity', () => {
  it('runs for the validity period and ends the day before the anniversary', () => {
    expect(certificateValidity('2026-03-15', 36)).toEqual({ validFrom: '2026-03-15', validUntil: '2029-03-14' });
  });

  it('clamps a month end: 31 January + 1 month ends on 28 February', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(certificateValidity('2026-01-31', 1).validUntil).toBe('2026-02-27');
  });

  it('refuses a non-positive validity', () => {
    expect(() => certificateValidity('2026-01-01', 0)).toThrow(RangeError);
  });

  it('always ends after it starts (property)', () => {
    const dates = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 120 }), (from, months) => {
        const v = certificateValidity(from, months);
        expect(v.validUntil > v.validFrom || months === 0).toBe(true);
        expect(addDays(v.validUntil, 1)).toBe(addMonths(from, months));
      }),
    );
  });

  it('is valid on both bound days and not after', () => {
    const cert = { validFrom: '2026-01-01', validUntil: '2028-12-31', status: 'valid' };
    expect(isValidOn(cert, '2026-01-01')).toBe(true);
    expect(isValidOn(cert, '2028-12-31')).toBe(true);
    expect(isValidOn(cert, '2029-01-01')).toBe(false);
    expect(isValidOn({ ...cert, status: 'suspended' }, '2027-01-01')).toBe(false);
  });
});

describe('toBerlinDate', () => {
  it('uses the Berlin calendar day, not the UTC day', () => {
    expect(toBerlinDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(toBerlinDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});
