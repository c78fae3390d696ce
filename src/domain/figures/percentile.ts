/**
 * A multiset of working-day durations as a histogram: `values` ascending and distinct,
 * `counts[i]` how often `values[i]` occurs (at least once).
 */
export type Histogram = { values: readonly number[]; counts: readonly number[] };

/**
 * PostgreSQL's percentile_cont(q) over the multiset, to the last bit: with the n values
 * sorted, the ones at the 0-based ranks floor(q·(n−1)) and ceil(q·(n−1)), interpolated as
 * lo + (q·(n−1) − floor(q·(n−1))) · (hi − lo) in double precision, the order of operations
 * of its float8 interpolation. null for an empty multiset, as the aggregate over no rows.
 */
export function percentileCont(h: Histogram, q: number): number | null {
  let n = 0;
  for (const c of h.counts) n += c;
  if (n === 0) return null;
  const position = q * (n - 1);
  const first = Math.floor(position);
  const second = Math.ceil(position);
  const lo = valueAtRank(h, first);
  if (first === second) return lo;
  return lo + (position - first) * (valueAtRank(h, second) - lo);
}

/** The value at a 0-based rank: the first whose running count passes the rank. */
function valueAtRank(h: Histogram, rank: number): number {
  let upTo = 0;
  for (let i = 0; i < h.values.length; i++) {
    upTo += h.counts[i]!;
    if (upTo > rank) return h.values[i]!;
  }
  throw new RangeError(`rank ${rank} lies outside a histogram of ${upTo} values`);
}
