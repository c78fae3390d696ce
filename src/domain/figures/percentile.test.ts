import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Histogram, percentileCont } from './percentile.js';

/** The definition over the expanded, sorted values, as PostgreSQL's percentile_cont computes it. */
function naive(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const lo = sorted[Math.floor(position)]!;
  const hi = sorted[Math.ceil(position)]!;
  return lo + (position - Math.floor(position)) * (hi - lo);
}

function histogramOf(values: number[]): Histogram {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const distinct = [...counts.keys()].sort((a, b) => a - b);
  return { values: distinct, counts: distinct.map((v) => counts.get(v)!) };
}

describe('percentileCont over a histogram', () => {
  it('interpolates between neighbouring ranks (hand-checked)', () => {
    // 1,1,1,1,1,1,1,2,3: median at rank 4 = 1; p90 at 7.2 = 2 + 0.2 · (3 − 2)
    const h = { values: [1, 2, 3], counts: [7, 1, 1] };
    expect(percentileCont(h, 0.5)).toBe(1);
    expect(percentileCont(h, 0.9)).toBeCloseTo(2.2, 12);
    // 2 and 4: median 3
    expect(percentileCont({ values: [2, 4], counts: [1, 1] }, 0.5)).toBe(3);
    expect(percentileCont({ values: [5], counts: [1] }, 0.9)).toBe(5);
  });

  it('is null for no values', () => {
    expect(percentileCont({ values: [], counts: [] }, 0.5)).toBeNull();
  });

  it('equals the definition over the expanded values, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.5, 0.9, 0.1, 0.25, 0.75, 0, 1),
        (values, q) => {
          expect(percentileCont(histogramOf(values), q)).toBe(naive(values, q));
        },
      ),
    );
  });
});
