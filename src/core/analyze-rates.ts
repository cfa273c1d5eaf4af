/** Rates with their Wilson 95 % interval, shared by the analysis and the concession ranking. */
import type { RetainedCounts } from './analyze-counts.js';
import { wilson, type Interval } from './stats.js';

export interface Rate extends Interval {
  count: number;
}

export interface RetainedRate extends Rate {
  /** Accepted visits old enough to tell (chosen at least D days before the log's latest time). */
  observed: number;
  /** Accepted visits too recent (or without a chosen time) to tell: never counted as retained. */
  censored: number;
}

export const rate = (count: number, n: number): Rate => ({ count, ...wilson(count, n) });

export function retainedRate(accepted: number, counts: RetainedCounts | undefined): RetainedRate {
  const { observed, count } = counts ?? { observed: 0, count: 0 };
  return { ...rate(count, observed), observed, censored: accepted - observed };
}
