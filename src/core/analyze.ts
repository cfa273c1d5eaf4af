/**
 * The honest-metrics analysis of recorded events (PRODUCT.md section 5).
 *
 * Unit: a visit = one visitor (`visitorId`) exposed to one offer (`offerId`). Per arm:
 * - visits: visits with any event (a choice, decline or feedback proves the offer was shown even if the view was lost);
 * - full / retreat / stop: the visit's final offer-choice ("Change my choice" replaces an earlier one);
 * - abandoned: viewed, never chosen nor stopped. Abandonment is an outcome of its own, never acceptance;
 * - accepted = full + retreat. Every rate is over visits, with a Wilson 95 % interval;
 * - feedback: the visit's last `offer-feedback` answer (yes / partly / no).
 * The arm is the visit's first `detail.variant` (or `detail.arm`, or the receipt's arm); "(none)" outside experiments.
 * Records without a visitorId cannot be joined into visits: they are counted in `skipped`, not guessed.
 */
import { newcombeDifference, wilson, type Interval } from './stats.js';

export type Feedback = 'yes' | 'partly' | 'no';
export const FEEDBACK_VALUES: readonly Feedback[] = ['yes', 'partly', 'no'];

/** One line of an events log (JSONL): the event's type and detail as fired, plus who saw it. */
export interface EventRecord {
  type: string;
  detail: Record<string, unknown>;
  /** The visitor id used for assignment (pseudonymous; never personal data). */
  visitorId?: string;
  /** ISO time it was recorded; optional, informational. */
  time?: string;
}

export interface Rate extends Interval {
  count: number;
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
}

export interface Comparison {
  /** `a − b` in overall acceptance (full + retreat over visits). */
  a: string;
  b: string;
  difference: Interval;
}

export interface OfferAnalysis {
  offerId: string;
  arms: ArmStats[];
  comparison: Comparison | null;
}

export interface Analysis {
  offers: OfferAnalysis[];
  /** Records that could not be joined to a visit (no visitorId / offerId) or had an unknown type. */
  skipped: number;
}

export interface AnalyzeOptions {
  /** The two arms whose acceptance to compare; default `rtr` vs `small-only` when both are present. */
  compare?: [string, string];
}

export const NO_ARM = '(none)';

interface Visit {
  arm: string | null;
  choice: 'full' | 'retreat' | 'stop' | null;
  declined: boolean;
  feedback: Feedback | null;
}

const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);

function armOf(detail: Record<string, unknown>): string | null {
  const receipt = detail['receipt'];
  return (
    str(detail['variant']) ??
    str(detail['arm']) ??
    (receipt && typeof receipt === 'object' ? str((receipt as Record<string, unknown>)['arm']) : null)
  );
}

function rate(count: number, n: number): Rate {
  return { count, ...wilson(count, n) };
}

export function analyzeEvents(events: Iterable<EventRecord>, options: AnalyzeOptions = {}): Analysis {
  // offerId → visitorId → visit; Maps keep first-seen order for stable output.
  const offers = new Map<string, Map<string, Visit>>();
  let skipped = 0;
  for (const e of events) {
    const detail = e?.detail ?? {};
    const offerId = str(detail['offerId']);
    const visitorId = str(e?.visitorId);
    const known =
      e?.type === 'offer-view' ||
      e?.type === 'offer-choice' ||
      e?.type === 'offer-decline' ||
      e?.type === 'offer-feedback';
    if (!known || !offerId || !visitorId) {
      // offer-invalid carries no visit; it is neither an outcome nor an error in the log.
      if (e?.type !== 'offer-invalid') skipped++;
      continue;
    }
    let visits = offers.get(offerId);
    if (!visits) offers.set(offerId, (visits = new Map()));
    let v = visits.get(visitorId);
    if (!v) visits.set(visitorId, (v = { arm: null, choice: null, declined: false, feedback: null }));
    v.arm ??= armOf(detail);
    if (e.type === 'offer-decline') v.declined = true;
    else if (e.type === 'offer-choice') {
      const c = detail['choice'];
      if (c === 'full' || c === 'retreat' || c === 'stop') v.choice = c;
      else skipped++;
    } else if (e.type === 'offer-feedback') {
      const f = detail['answer'];
      if (FEEDBACK_VALUES.includes(f as Feedback)) v.feedback = f as Feedback;
      else skipped++;
    }
  }

  const result: OfferAnalysis[] = [];
  for (const [offerId, visits] of offers) {
    const byArm = new Map<string, Visit[]>();
    // Every visit here has at least one event: a view, a choice, a decline or feedback all prove it was shown.
    for (const v of visits.values()) {
      const arm = v.arm ?? NO_ARM;
      (byArm.get(arm) ?? byArm.set(arm, []).get(arm)!).push(v);
    }
    const arms: ArmStats[] = [...byArm].map(([arm, vs]) => {
      const n = vs.length;
      const count = (c: Visit['choice']) => vs.filter((v) => v.choice === c).length;
      const full = count('full');
      const retreat = count('retreat');
      const feedback = { yes: 0, partly: 0, no: 0 } as Record<Feedback, number>;
      for (const v of vs) if (v.feedback) feedback[v.feedback]++;
      return {
        arm,
        visits: n,
        full: rate(full, n),
        retreat: rate(retreat, n),
        accepted: rate(full + retreat, n),
        stop: rate(count('stop'), n),
        abandoned: rate(count(null), n),
        declinedFull: vs.filter((v) => v.declined).length,
        feedback,
      };
    });
    arms.sort((x, y) => x.arm.localeCompare(y.arm));
    const [a, b] = options.compare ?? ['rtr', 'small-only'];
    const A = arms.find((s) => s.arm === a);
    const B = arms.find((s) => s.arm === b);
    const comparison =
      A && B ? { a, b, difference: newcombeDifference(A.accepted.count, A.visits, B.accepted.count, B.visits) } : null;
    result.push({ offerId, arms, comparison });
  }
  return { offers: result, skipped };
}
