/**
 * The one rounding rule of the engine: half-up (away from zero for the
 * non-negative values scored here) to a fixed number of decimals, applied once at
 * the totals, never per criterion. `toPrecision(12)` first strips binary noise,
 * so 71.95 rounds to 72.0 and 0.1 + 0.2 to 0.3 as a person would expect.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}

/** Rounds up to `decimals` places: the smallest displayable figure that still meets a threshold. */
export function ceilTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.ceil(Number((value * factor).toPrecision(12))) / factor;
}
