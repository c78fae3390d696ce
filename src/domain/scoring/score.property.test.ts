import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogSchema, flattenCriteria } from '../catalog/catalog.schema.js';
import { scoreAssessment, type CriterionScore, type ScoringInput } from './score.js';

// Laws of the points engine, checked on the real IHK catalog with random scores.
const ihk = catalogSchema.parse(
  parse(readFileSync(path.resolve(import.meta.dirname, '../../../catalogs/ihk-mittelstandsfreundliche-kommune.v2026.1.yaml'), 'utf8')),
);
const criteria = flattenCriteria(ihk);
const cap = ihk.rules.bonus!.cap;

// Half points are the finest grain certifiers award; N/A one time in ten.
const scoreFor = (max: number): fc.Arbitrary<CriterionScore> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ notApplicable: true }) },
    { weight: 9, arbitrary: fc.integer({ min: 0, max: max * 2 }).map((half) => ({ points: half / 2 })) },
  );
const inputArb: fc.Arbitrary<ScoringInput> = fc.record({
  criteria: fc.record(Object.fromEntries(criteria.map((c) => [c.id, scoreFor(c.maxPoints!)]))),
  bonusPoints: fc.integer({ min: 0, max: 40 }).map((n) => n / 2),
  developmentGoalsReached: fc.integer({ min: 0, max: 3 }),
});
const indexArb = fc.integer({ min: 0, max: criteria.length - 1 });

describe('scoring laws (IHK catalog)', () => {
  it('total never exceeds the applicable maximum plus the bonus cap', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(ihk, input);
        expect(r.totalPoints).toBeLessThanOrEqual(r.maxRegularPoints + cap);
        expect(r.bonusPoints).toBeLessThanOrEqual(cap);
        expect(r.regularPoints).toBeLessThanOrEqual(r.maxRegularPoints);
      }),
    );
  });

  it('percentage stays within 0..100 (or null when nothing applies)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { percentage } = scoreAssessment(ihk, input);
        if (percentage !== null) expect(percentage >= 0 && percentage <= 100).toBe(true);
      }),
    );
  });

  it('raising one criterion never turns a pass into a fail', () => {
    fc.assert(
      fc.property(inputArb, indexArb, fc.integer({ min: 1, max: 10 }), (input, i, halves) => {
        const c = criteria[i]!;
        const current = input.criteria[c.id];
        if (current?.notApplicable) return;
        const raised = { points: Math.min(c.maxPoints!, (current?.points ?? 0) + halves / 2) };
        const before = scoreAssessment(ihk, input);
        const after = scoreAssessment(ihk, { ...input, criteria: { ...input.criteria, [c.id]: raised } });
        expect(after.totalPoints).toBeGreaterThanOrEqual(before.totalPoints);
        if (before.passed) expect(after.passed).toBe(true);
      }),
    );
  });

  it('marking a criterion N/A lowers maxRegularPoints by exactly its maxPoints, or not at all', () => {
    fc.assert(
      fc.property(inputArb, indexArb, (input, i) => {
        const c = criteria[i]!;
        const before = scoreAssessment(ihk, input);
        const after = scoreAssessment(ihk, { ...input, criteria: { ...input.criteria, [c.id]: { notApplicable: true } } });
        const drop = Math.round((before.maxRegularPoints - after.maxRegularPoints) * 10) / 10;
        expect([0, c.maxPoints]).toContain(drop);
      }),
    );
  });

  it('passes exactly when complete and total reaches 72', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = scoreAssessment(ihk, input);
        expect(r.complete).toBe(true);
        expect(r.passed).toBe(r.totalPoints >= 72);
      }),
    );
  });
});
