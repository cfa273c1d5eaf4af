/**
 * The JavaScript engine: folds log records, one at a time, into the counts of analyze-counts.ts. Streaming, so a
 * file of millions of lines never has to be in memory at once: only one small object per visit is kept.
 */
import type { EventRecord } from './analyze.js';
import {
  DAY_MS,
  emptyOutcomeCounts,
  FEEDBACK_VALUES,
  NO_ARM,
  type Feedback,
  type AnalysisCounts,
  type ArmCounts,
  type OfferCounts,
  type OutcomeCounts,
} from './analyze-counts.js';
import { checkOutcome, isoMillis, LOST_OUTCOMES, OUTCOME_TYPE, type Outcome } from './outcome.js';

interface Visit {
  arm: string | null;
  choice: 'full' | 'retreat' | 'stop' | null;
  declined: boolean;
  feedback: Feedback | null;
  /** From the final choice's receipt. */
  digest: string | null;
  chosenAt: number | null;
}

interface PendingOutcome {
  offerId: string;
  visitorId: string;
  outcome: Outcome;
  at: number;
  digest: string | undefined;
}

const VISIT_TYPES = new Set(['offer-view', 'offer-choice', 'offer-decline', 'offer-feedback']);
const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
const objectOr = (x: unknown): Record<string, unknown> | null =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : null;

function armOf(detail: Record<string, unknown>): string | null {
  return str(detail['variant']) ?? str(detail['arm']) ?? str(objectOr(detail['receipt'])?.['arm']);
}

export class VisitCollector {
  /** offerId → visitorId → visit; Maps keep first-seen order for stable output. */
  readonly #offers = new Map<string, Map<string, Visit>>();
  readonly #outcomes: PendingOutcome[] = [];
  readonly #outcomeCounts: OutcomeCounts = emptyOutcomeCounts();
  #skipped = 0;
  #latest: number | null = null;

  add(record: EventRecord): void {
    const detail = objectOr(record?.detail) ?? {};
    const receipt = objectOr(detail['receipt']);
    this.#seeTime(isoMillis(record?.time));
    this.#seeTime(isoMillis(receipt?.['chosenAt']));
    if (record?.type === OUTCOME_TYPE) return this.#addOutcome(record);
    const offerId = str(detail['offerId']);
    const visitorId = str(record?.visitorId);
    if (!VISIT_TYPES.has(record?.type) || !offerId || !visitorId) {
      // offer-invalid carries no visit; it is neither an outcome nor an error in the log.
      if (record?.type !== 'offer-invalid') this.#skipped++;
      return;
    }
    let visits = this.#offers.get(offerId);
    if (!visits) this.#offers.set(offerId, (visits = new Map()));
    let visit = visits.get(visitorId);
    if (!visit) {
      visit = { arm: null, choice: null, declined: false, feedback: null, digest: null, chosenAt: null };
      visits.set(visitorId, visit);
    }
    visit.arm ??= armOf(detail);
    if (record.type === 'offer-decline') visit.declined = true;
    else if (record.type === 'offer-choice') {
      const choice = detail['choice'];
      if (choice !== 'full' && choice !== 'retreat' && choice !== 'stop') {
        this.#skipped++;
        return;
      }
      visit.choice = choice;
      visit.digest = str(receipt?.['digest']);
      visit.chosenAt = isoMillis(receipt?.['chosenAt']) ?? isoMillis(record.time);
    } else if (record.type === 'offer-feedback') {
      const answer = detail['answer'];
      if (FEEDBACK_VALUES.includes(answer as Feedback)) visit.feedback = answer as Feedback;
      else this.#skipped++;
    }
  }

  #seeTime(ms: number | null): void {
    if (ms !== null && (this.#latest === null || ms > this.#latest)) this.#latest = ms;
  }

  #addOutcome(record: EventRecord): void {
    const checked = checkOutcome(record);
    if (!checked.ok) {
      this.#skipped++;
      this.#outcomeCounts.invalid++;
      return;
    }
    const { detail, visitorId } = checked.record;
    const at = isoMillis(detail.at)!;
    this.#seeTime(at);
    this.#outcomeCounts.total++;
    this.#outcomes.push({ offerId: detail.offerId, visitorId, outcome: detail.outcome, at, digest: detail.digest });
  }

  /** The counts for horizons `days` (whole days, any order). */
  counts(days: readonly number[]): AnalysisCounts {
    const horizons = [...new Set(days)].sort((a, b) => a - b);
    const outcomeCounts = { ...this.#outcomeCounts };
    // What each accepted visit's matched outcomes say: the earliest loss, and which kinds happened.
    const lostAt = new Map<Visit, number>();
    const kinds = new Map<Visit, Set<Outcome>>();
    for (const pending of this.#outcomes) {
      const visit = this.#offers.get(pending.offerId)?.get(pending.visitorId);
      if (!visit) outcomeCounts.unknownVisit++;
      else if (visit.choice !== 'full' && visit.choice !== 'retreat') outcomeCounts.notAccepted++;
      else if (pending.digest !== undefined && pending.digest !== visit.digest) outcomeCounts.digestMismatch++;
      else {
        outcomeCounts.matched++;
        (kinds.get(visit) ?? kinds.set(visit, new Set()).get(visit)!).add(pending.outcome);
        if (LOST_OUTCOMES.includes(pending.outcome) && !(pending.at >= (lostAt.get(visit) ?? Infinity)))
          lostAt.set(visit, pending.at);
      }
    }
    const offers: OfferCounts[] = [];
    for (const [offerId, visits] of this.#offers) {
      const byArm = new Map<string, ArmCounts>();
      for (const visit of visits.values()) {
        const name = visit.arm ?? NO_ARM;
        let arm = byArm.get(name);
        if (!arm) byArm.set(name, (arm = emptyArm(name, horizons)));
        countVisit(arm, visit, kinds.get(visit), lostAt.get(visit) ?? null, this.#latest, horizons);
      }
      offers.push({ offerId, arms: [...byArm.values()] });
    }
    return { offers, skipped: this.#skipped, outcomes: outcomeCounts, latestTime: this.#latest, days: horizons };
  }
}

function emptyArm(arm: string, horizons: readonly number[]): ArmCounts {
  return {
    arm,
    visits: 0,
    full: 0,
    retreat: 0,
    stop: 0,
    abandoned: 0,
    declinedFull: 0,
    feedback: { yes: 0, partly: 0, no: 0 },
    accepted: 0,
    refunded: 0,
    complaints: 0,
    converted: 0,
    chargebacks: 0,
    retained: Object.fromEntries(horizons.map((d) => [String(d), { observed: 0, count: 0 }])),
  };
}

function countVisit(
  arm: ArmCounts,
  visit: Visit,
  kinds: Set<Outcome> | undefined,
  lostAt: number | null,
  latest: number | null,
  horizons: readonly number[],
): void {
  arm.visits++;
  if (visit.choice === null) arm.abandoned++;
  else arm[visit.choice]++;
  if (visit.declined) arm.declinedFull++;
  if (visit.feedback) arm.feedback[visit.feedback]++;
  if (visit.choice !== 'full' && visit.choice !== 'retreat') return;
  arm.accepted++;
  if (kinds?.has('refunded')) arm.refunded++;
  if (kinds?.has('complaint')) arm.complaints++;
  if (kinds?.has('converted')) arm.converted++;
  if (kinds?.has('chargeback')) arm.chargebacks++;
  if (visit.chosenAt === null || latest === null) return;
  for (const days of horizons) {
    const horizon = visit.chosenAt + days * DAY_MS;
    if (horizon > latest) continue; // censored: not yet D days old when the log ends
    const counts = arm.retained[String(days)]!;
    counts.observed++;
    if (lostAt === null || lostAt > horizon) counts.count++;
  }
}
