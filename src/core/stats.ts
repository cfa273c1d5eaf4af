/**
 * Interval estimates for the analysis. Wilson's score interval for a proportion (good coverage at small n
 * and near 0 or 1, where the textbook Wald interval fails), and Newcombe's hybrid score interval for a
 * difference of two independent proportions (Newcombe 1998, Stat Med 17:873, method 10).
 */

/** The 97.5th percentile of the standard normal: two-sided 95 %. */
export const Z95 = 1.959963984540054;

export interface Interval {
  /** Point estimate; NaN when there is no data (n = 0). */
  estimate: number;
  lower: number;
  upper: number;
}

export function wilson(successes: number, n: number, z = Z95): Interval {
  if (!(n > 0)) return { estimate: NaN, lower: 0, upper: 1 };
  if (successes < 0 || successes > n) throw new RangeError(`wilson: ${successes} successes out of ${n}`);
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  // At 0 or n successes the bound is exactly 0 or 1; the formula leaves a rounding residue (1e-19).
  return {
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, (centre - half) / denom),
    upper: successes === n ? 1 : Math.min(1, (centre + half) / denom),
  };
}

/** p1 − p2 with Newcombe's hybrid Wilson interval. */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = Z95): Interval {
  if (!(n1 > 0) || !(n2 > 0)) return { estimate: NaN, lower: -1, upper: 1 };
  const a = wilson(x1, n1, z);
  const b = wilson(x2, n2, z);
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    lower: Math.max(-1, d - Math.sqrt((a.estimate - a.lower) ** 2 + (b.upper - b.estimate) ** 2)),
    upper: Math.min(1, d + Math.sqrt((a.upper - a.estimate) ** 2 + (b.estimate - b.lower) ** 2)),
  };
}
