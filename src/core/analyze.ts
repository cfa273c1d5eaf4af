/**
 * The honest-metrics analysis of recorded events (PRODUCT.md section 5).
 *
 * Unit: a visit = one visitor (`visitorId`) exposed to one offer (`offerId`). Per arm:
 * - visits: visits with any event (a choice, decline or feedback proves the offer was shown even if the view was lost);
 * - full / retreat / stop: the visit's final offer-choice ("Change my choice" replaces an earlier one);
 * - abandoned: viewed, never chosen nor stopped. Abandonment is an outcome of its own, never acceptance;
 * - accepted = full + retreat. Every rate is over visits, with a Wilson 95 % interval;
 * - feedback: the visit's last `offer-feedback` answer (yes / partly / no);
 * - downstream: what the host's `offer-outcome` records say happened to accepted visits (outcome.ts): retention at
 *   each horizon over the visits old enough to tell (the rest are censored, never counted as retained), refunds,
 *   complaints, conversions and chargebacks over accepted visits.
 * The arm is the visit's first `detail.variant` (or `detail.arm`, or the receipt's arm); "(none)" outside experiments.
 * Records without a visitorId cannot be joined into visits: they are counted in `skipped`, not guessed.
 * The exact counting rules are in analyze-counts.ts; every engine (this one, DuckDB, BigQuery) produces those counts
 * and `analysisFromCounts` turns them into rates, so the engines print the same numbers.
 */
import {
  NO_ARM,
  FEEDBACK_VALUES,
  type AnalysisCounts,
  type ArmCounts,
  type Feedback,
  type OutcomeCounts,
} from './analyze-counts.js';
import { rankConcessions, type ConcessionRanking } from './analyze-concession.js';
import { VisitCollector } from './analyze-visits.js';
import type { Offer } from './offer-schema.js';
import { rate, retainedRate, type Rate, type RetainedRate } from './analyze-rates.js';
import { newcombeDifference, type Interval } from './stats.js';

export { NO_ARM, FEEDBACK_VALUES, type Feedback, type Rate, type RetainedRate };

/** One line of an events log (JSONL): the event's type and detail as fired, plus who saw it. */
export interface EventRecord {
  type: string;
  detail: Record<string, unknown>;
  /** The visitor id used for assignment (pseudonymous; never personal data). */
  visitorId?: string;
  /** ISO time it was recorded; used for the log's latest time and when a choice has no receipt. */
  time?: string;
}

export interface Downstream {
  accepted: number;
  /** Keyed by the horizon in days ("30", "60", "90"). */
  retained: Record<string, RetainedRate>;
  refunded: Rate;
  complaints: Rate;
  converted: Rate;
  chargebacks: Rate;
  /** Retention at each of `curveDays`, when asked for (the report's curves). */
  curve?: Array<RetainedRate & { day: number }>;
}

export interface ArmStats {
  arm: string;
  visits: number;
  full: Rate;
  retreat: Rate;
  accepted: Rate;
  stop: Rate;
  abandoned: Rate;
  /** Visits whose full option was declined ("Not this one"), whatever came after. */
  declinedFull: number;
  feedback: Record<Feedback, number>;
  downstream: Downstream;
}

export interface Comparison {
  /** `a − b` in overall acceptance (full + retreat over visits). */
  a: string;
  b: string;
  difference: Interval;
  /** `a − b` in retention at each horizon (over each arm's observed accepted visits). */
  retention: Record<string, Interval>;
}

export interface OfferAnalysis {
  offerId: string;
  arms: ArmStats[];
  comparison: Comparison | null;
  /** Present when the offer was given and its rtr arms differ only in retreat size. */
  concession?: ConcessionRanking;
}

export interface Analysis {
  offers: OfferAnalysis[];
  /** Records that could not be joined to a visit (no visitorId / offerId) or had an unknown type or value. */
  skipped: number;
  /** What became of the offer-outcome records. */
  outcomes: OutcomeCounts;
  /** The log's latest time (ISO), the reference for censoring; null when no record carries a time. */
  latestTime: string | null;
  days: number[];
}

export interface AnalyzeOptions {
  /** The two arms whose acceptance and retention to compare; default `rtr` vs `small-only` when both are present. */
  compare?: [string, string];
  /** Retention horizons in days; default 30, 60, 90. */
  days?: number[];
  /** Extra horizons for retention curves (`downstream.curve`). */
  curveDays?: number[];
  /** The offers, for the concession ranking (matched by id). */
  offers?: Offer[];
}

export const DEFAULT_DAYS = [30, 60, 90];
/** The horizon the concession ranking judges retention at. */
export const CONCESSION_DAYS = 60;

/** Every horizon an engine must count for these options. */
export function daysToCount(options: AnalyzeOptions = {}): number[] {
  const days = [...(options.days ?? DEFAULT_DAYS), ...(options.curveDays ?? [])];
  if (options.offers?.length) days.push(CONCESSION_DAYS);
  return [...new Set(days)].sort((a, b) => a - b);
}

export function analyzeEvents(events: Iterable<EventRecord>, options: AnalyzeOptions = {}): Analysis {
  const collector = new VisitCollector();
  for (const record of events) collector.add(record);
  return analysisFromCounts(collector.counts(daysToCount(options)), options);
}

function armStats(counts: ArmCounts, options: AnalyzeOptions): ArmStats {
  const n = counts.visits;
  const retainedAt = (day: number) => retainedRate(counts.accepted, counts.retained[String(day)]);
  const downstream: Downstream = {
    accepted: counts.accepted,
    retained: Object.fromEntries((options.days ?? DEFAULT_DAYS).map((day) => [String(day), retainedAt(day)])),
    refunded: rate(counts.refunded, counts.accepted),
    complaints: rate(counts.complaints, counts.accepted),
    converted: rate(counts.converted, counts.accepted),
    chargebacks: rate(counts.chargebacks, counts.accepted),
  };
  if (options.curveDays) downstream.curve = options.curveDays.map((day) => ({ day, ...retainedAt(day) }));
  return {
    arm: counts.arm,
    visits: n,
    full: rate(counts.full, n),
    retreat: rate(counts.retreat, n),
    accepted: rate(counts.full + counts.retreat, n),
    stop: rate(counts.stop, n),
    abandoned: rate(counts.abandoned, n),
    declinedFull: counts.declinedFull,
    feedback: { ...counts.feedback },
    downstream,
  };
}

/** Rates, intervals, the rtr vs small-only comparison and the concession ranking, from any engine's counts. */
export function analysisFromCounts(counts: AnalysisCounts, options: AnalyzeOptions = {}): Analysis {
  const days = options.days ?? DEFAULT_DAYS;
  const offers = counts.offers.map((offer): OfferAnalysis => {
    const sortedCounts = [...offer.arms].sort((x, y) => x.arm.localeCompare(y.arm));
    const arms = sortedCounts.map((armCounts) => armStats(armCounts, options));
    const [a, b] = options.compare ?? ['rtr', 'small-only'];
    const first = arms.find((s) => s.arm === a);
    const second = arms.find((s) => s.arm === b);
    const comparison: Comparison | null =
      first && second
        ? {
            a,
            b,
            difference: newcombeDifference(first.accepted.count, first.visits, second.accepted.count, second.visits),
            retention: Object.fromEntries(
              days.map((day) => {
                const [x, y] = [first.downstream.retained[String(day)]!, second.downstream.retained[String(day)]!];
                return [String(day), newcombeDifference(x.count, x.observed, y.count, y.observed)];
              }),
            ),
          }
        : null;
    const result: OfferAnalysis = { offerId: offer.offerId, arms, comparison };
    const offerDefinition = options.offers?.find((o) => o.id === offer.offerId);
    const concession = offerDefinition && rankConcessions(offerDefinition, sortedCounts, CONCESSION_DAYS);
    if (concession) result.concession = concession;
    return result;
  });
  return {
    offers,
    skipped: counts.skipped,
    outcomes: { ...counts.outcomes },
    latestTime: counts.latestTime === null ? null : new Date(counts.latestTime).toISOString(),
    days: [...days],
  };
}
