/**
 * A generated experiment with true rates we set: visits over `visitDays` days, each visitor's events as the widget
 * fires them (with compact receipts: digest and chosenAt), then the host's offer-outcome lines from its billing
 * webhooks until the log ends. Used by the tests (engine equality, coverage of the truth), `npm run bench:analyze`
 * and `npm run demo:report`. A generator, so 10M records never sit in memory.
 *
 * Truth per arm: acceptance (full, retreat), stops; of accepted visits, `refund` are refunded within 14 days and the
 * rest are lost (cancelled, a few as chargebacks) at a constant daily hazard set so that the share kept at 60 days
 * is `retention60`. Noise the analysis must handle: changed choices (only the final receipt counts), outcomes without
 * a digest or with a stale one, outcomes for unknown or stopped visits, invalid outcome lines, records without a
 * visitorId.
 */
import { createHash } from 'node:crypto';
import type { EventRecord } from '../src/core/analyze.js';
import { DAY_MS } from '../src/core/analyze-counts.js';
import { assignArm, type Experiment } from '../src/core/experiment.js';
import type { ArmKind } from '../src/core/offer-schema.js';

export interface ArmTruth {
  kind: ArmKind;
  weight: number;
  full: number;
  retreat: number;
  stop: number;
  /** Of accepted visits: refunded within 14 days. */
  refund: number;
  /** Of accepted visits: kept (not cancelled, refunded or charged back) 60 days after choosing. */
  retention60: number;
  complaint: number;
  converted: number;
}

export interface Scenario {
  offerId: string;
  experimentId: string;
  arms: Record<string, ArmTruth>;
  /** ISO start of the visits. */
  start: string;
  visitDays: number;
  /** Outcomes keep arriving this many days after the last visit; then the log ends. */
  followUpDays: number;
}

/** rtr vs small-only vs full-only on the SaaS pilot: rtr wins acceptance and keeps fewer customers. */
export const MAIN_SCENARIO: Scenario = {
  offerId: 'acme-pilot-2026',
  experimentId: 'acme-rtr-test',
  start: '2026-06-01T00:00:00.000Z',
  visitDays: 30,
  followUpDays: 45,
  arms: {
    rtr: {
      kind: 'rtr',
      weight: 50,
      full: 0.3,
      retreat: 0.14,
      stop: 0.2,
      refund: 0.08,
      retention60: 0.66,
      complaint: 0.02,
      converted: 0.25,
    },
    'small-only': {
      kind: 'small-only',
      weight: 25,
      full: 0,
      retreat: 0.26,
      stop: 0.15,
      refund: 0.03,
      retention60: 0.8,
      complaint: 0.01,
      converted: 0.15,
    },
    'full-only': {
      kind: 'full-only',
      weight: 25,
      full: 0.22,
      retreat: 0,
      stop: 0.18,
      refund: 0.04,
      retention60: 0.78,
      complaint: 0.015,
      converted: 0.3,
    },
  },
};

/** Three retreat sizes (demo/offers/pilot-retreat-sizes.json): the largest concession keeps the fewest. */
export const SIZES_SCENARIO: Scenario = {
  offerId: 'acme-pilot-sizes-2026',
  experimentId: 'acme-retreat-sizes',
  start: '2026-06-01T00:00:00.000Z',
  visitDays: 30,
  followUpDays: 100,
  arms: {
    'rtr-4w': { ...MAIN_SCENARIO.arms['rtr']!, weight: 1, full: 0.28, retreat: 0.08, refund: 0.03, retention60: 0.8 },
    'rtr-2w': { ...MAIN_SCENARIO.arms['rtr']!, weight: 1, full: 0.28, retreat: 0.15, refund: 0.04, retention60: 0.78 },
    'rtr-1w': { ...MAIN_SCENARIO.arms['rtr']!, weight: 1, full: 0.27, retreat: 0.16, refund: 0.09, retention60: 0.62 },
  },
};

/** The daily hazard of the non-refund losses that gives `retention60`. */
const hazard = (t: ArmTruth) => -Math.log(t.retention60 / (1 - t.refund)) / 60;

/** The true share of accepted visits kept at `days` (exact for days ≥ 14, when every refund has happened). */
export function trueRetention(t: ArmTruth, days: number): number {
  return (1 - t.refund) * Math.exp(-hazard(t) * days);
}

/** A small seeded PRNG (mulberry32): the same seed gives the same stream, so generated logs and ids are reproducible. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The choice a visit ends in, from `u` (uniform in [0, 1)) and its arm's rates; null for a visit that makes none. */
export function drawChoice(
  u: number,
  rates: { full: number; retreat: number; stop: number },
): 'full' | 'retreat' | 'stop' | null {
  if (u < rates.full) return 'full';
  if (u < rates.full + rates.retreat) return 'retreat';
  if (u < rates.full + rates.retreat + rates.stop) return 'stop';
  return null;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');
const iso = (ms: number) => new Date(ms).toISOString();

export function experimentOf(scenario: Scenario): Experiment {
  return {
    id: scenario.experimentId,
    arms: Object.entries(scenario.arms).map(([name, t]) => ({ name, kind: t.kind, weight: t.weight })),
  };
}

export function* generateExperiment(scenario: Scenario, visitors: number, seed: number): Generator<EventRecord> {
  const random = mulberry32(seed);
  const experiment = experimentOf(scenario);
  const start = Date.parse(scenario.start);
  const end = start + (scenario.visitDays + scenario.followUpDays) * DAY_MS;
  const offerId = scenario.offerId;
  for (let i = 0; i < visitors; i++) {
    const visitorId = `v${seed}-${i}`;
    const arm = assignArm(experiment, visitorId).name;
    const truth = scenario.arms[arm]!;
    const shownAt = start + Math.floor(random() * scenario.visitDays * DAY_MS);
    const event = (type: string, at: number, detail: Record<string, unknown>, who: string | undefined = visitorId) =>
      ({
        type,
        detail: { offerId, variant: arm, ...detail },
        ...(who ? { visitorId: who } : {}),
        time: iso(at),
      }) as EventRecord;
    // A view lost its visitor id (a host bug): the analysis must skip it, not guess.
    if (random() < 0.002) yield event('offer-view', shownAt, { stage: 'full' }, undefined);
    yield event('offer-view', shownAt, { stage: truth.kind === 'small-only' ? 'retreat' : 'full' });
    const choice = drawChoice(random(), truth);
    if (truth.kind === 'rtr' && (choice === 'retreat' || (choice === null && random() < 0.5))) {
      yield event('offer-decline', shownAt + 20_000, { constraint: random() < 0.5 ? 'time' : null });
      yield event('offer-view', shownAt + 21_000, { stage: 'retreat' });
    }
    if (choice === null) continue;
    const chosenAt = shownAt + 60_000;
    const receipt = (c: string, at: number, n: number) => ({
      offerId,
      choice: c,
      digest: digestOf(`${visitorId}:${n}`),
      algorithm: 'SHA-256',
      chosenAt: iso(at),
      arm,
    });
    // Some visitors change their mind ("Change my choice"): only the final receipt counts.
    const changed = random() < 0.04;
    if (changed)
      yield event('offer-choice', chosenAt - 30_000, {
        choice: 'stop',
        receipt: receipt('stop', chosenAt - 30_000, 0),
      });
    const final = receipt(choice, chosenAt, 1);
    yield event('offer-choice', chosenAt, { choice, receipt: final });
    if (random() < 0.3) {
      const f = random();
      yield event('offer-feedback', chosenAt + 5_000, { answer: f < 0.6 ? 'yes' : f < 0.9 ? 'partly' : 'no' });
    }
    yield* outcomesOf(
      choice === 'stop' ? null : truth,
      visitorId,
      chosenAt,
      final.digest,
      changed,
      end,
      offerId,
      random,
    );
  }
}

function* outcomesOf(
  truth: ArmTruth | null,
  visitorId: string,
  chosenAt: number,
  digest: string,
  changed: boolean,
  end: number,
  offerId: string,
  random: () => number,
): Generator<EventRecord> {
  const outcome = (kind: string, at: number, withDigest = digest, who = visitorId): EventRecord | null =>
    at > end
      ? null
      : {
          type: 'offer-outcome',
          // Most hosts keep the receipt digest; some send only the visitor id.
          detail: { offerId, outcome: kind, at: iso(at), ...(random() < 0.8 ? { digest: withDigest } : {}) },
          visitorId: who,
          time: iso(at),
        };
  const emit = function* (...records: Array<EventRecord | null>) {
    for (const r of records) if (r) yield r;
  };
  if (!truth) {
    // A complaint from someone who stopped: reported as "not accepted", not counted against an arm.
    if (random() < 0.01) yield* emit(outcome('complaint', chosenAt + 3 * DAY_MS));
    return;
  }
  const day = (from: number, to: number) => chosenAt + Math.floor((from + random() * (to - from)) * DAY_MS);
  let lostAt = Infinity;
  if (random() < truth.refund) {
    lostAt = day(1, 14);
    yield* emit(outcome('refunded', lostAt));
  } else {
    lostAt = chosenAt + Math.floor((-Math.log(1 - random()) / hazard(truth)) * DAY_MS);
    yield* emit(outcome(random() < 0.03 ? 'chargeback' : 'cancelled', lostAt));
  }
  for (let renewal = 30; chosenAt + renewal * DAY_MS < lostAt; renewal += 30)
    yield* emit(outcome('renewed', chosenAt + renewal * DAY_MS));
  if (random() < truth.complaint) yield* emit(outcome('complaint', day(0, 30)));
  const convertAt = day(10, 45);
  if (random() < truth.converted && convertAt < lostAt) yield* emit(outcome('converted', convertAt));
  // A stale digest (the receipt before "Change my choice"): a mismatch, reported and not counted.
  if (changed && random() < 0.5) yield* emit(outcome('complaint', day(0, 10), digestOf(`${visitorId}:0`)));
  if (random() < 0.001) yield* emit(outcome('cancelled', day(0, 10), digest, `${visitorId}-unknown`));
  if (random() < 0.0005)
    yield {
      type: 'offer-outcome',
      detail: { offerId, outcome: 'upgraded', at: iso(day(0, 10)) },
      visitorId,
      time: iso(day(0, 10)),
    };
}
