/**
 * The counts every engine produces from an events log: integers only, so the JavaScript collector and the SQL
 * engines (DuckDB, BigQuery) can be compared exactly. Intervals are computed from these counts afterwards, by the
 * same code for every engine (analyze.ts), so the printed numbers cannot drift between engines.
 *
 * The rules, in the order an engine applies them (sql/duckdb/analysis.sql follows them line for line):
 * - A record is one log line. Text fields count only when they are non-empty strings.
 * - offer-view / offer-decline / offer-choice / offer-feedback with an offerId and a visitorId make a visit
 *   (offerId, visitorId); other records are skipped (offer-invalid silently; offer-outcome is read below).
 * - The arm is the first non-empty `variant`, else `arm`, else `receipt.arm` of the visit's records, in log order.
 * - The final choice is the last offer-choice whose `choice` is full / retreat / stop (others are skipped); its
 *   receipt gives the visit's digest and `chosenAt` (else the record's `time`). Feedback: the last valid answer.
 * - The log's latest time is the greatest strict ISO time among every record's `time`, `detail.receipt.chosenAt`
 *   and an outcome's `detail.at`.
 * - An offer-outcome is valid when checkOutcome accepts it (else skipped, counted as invalid). It matches when its
 *   visit exists, was accepted (final choice full or retreat) and, when it carries a digest, the digest equals the
 *   visit's. Only matched outcomes count.
 * - retained[D]: accepted visits with a chosen time at least D days before the latest time are observed; of them,
 *   those with no matched cancelled / refunded / chargeback at or before chosen time + D days are retained.
 */
export type Feedback = 'yes' | 'partly' | 'no';
export const FEEDBACK_VALUES: readonly Feedback[] = ['yes', 'partly', 'no'];
/** The arm of visits outside any experiment. */
export const NO_ARM = '(none)';
export const DAY_MS = 86_400_000;

export interface RetainedCounts {
  /** Accepted visits chosen at least D days before the log's latest time. */
  observed: number;
  /** Of those, the visits not lost (cancelled, refunded, chargeback) within D days. */
  count: number;
}

export interface ArmCounts {
  arm: string;
  visits: number;
  full: number;
  retreat: number;
  stop: number;
  /** Shown, never chosen nor stopped. */
  abandoned: number;
  declinedFull: number;
  feedback: Record<Feedback, number>;
  accepted: number;
  /** Accepted visits with at least one matched outcome of that kind. */
  refunded: number;
  complaints: number;
  converted: number;
  chargebacks: number;
  /** Keyed by the horizon in days, as text ("30"). */
  retained: Record<string, RetainedCounts>;
}

export interface OfferCounts {
  offerId: string;
  arms: ArmCounts[];
}

export interface OutcomeCounts {
  /** Valid offer-outcome records. */
  total: number;
  matched: number;
  /** No visit with that offerId and visitorId in the log. */
  unknownVisit: number;
  /** The visit exists but accepted nothing (stopped or abandoned). */
  notAccepted: number;
  /** The outcome's digest differs from the visit's receipt digest (or the visit has no receipt). */
  digestMismatch: number;
  /** offer-outcome records that checkOutcome refuses. */
  invalid: number;
}

export interface AnalysisCounts {
  /** Offers in first-seen order. */
  offers: OfferCounts[];
  skipped: number;
  outcomes: OutcomeCounts;
  /** The log's latest time in ms since the epoch, or null when no record carries a time. */
  latestTime: number | null;
  /** The horizons counted, ascending. */
  days: number[];
}

export const emptyOutcomeCounts = (): OutcomeCounts => ({
  total: 0,
  matched: 0,
  unknownVisit: 0,
  notAccepted: 0,
  digestMismatch: 0,
  invalid: 0,
});
