import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeEvents, type EventRecord } from '../../src/core/analyze.js';
import type { Offer } from '../../src/core/offer-schema.js';
import type { ArmCounts } from '../../src/core/analyze-counts.js';
import { rankConcessions } from '../../src/core/analyze-concession.js';
import { generateExperiment, MAIN_SCENARIO, SIZES_SCENARIO, trueRetention } from '../../bench/analyze-generate.js';

const day = (n: number, hours = 0) => new Date(Date.UTC(2026, 0, 1 + n, hours)).toISOString();
const D1 = '1'.repeat(64);
const D2 = '2'.repeat(64);
const choice = (visitorId: string, pick: string, chosenAt: string, digest?: string, arm = 'rtr'): EventRecord => ({
  type: 'offer-choice',
  visitorId,
  detail: { offerId: 'o', choice: pick, variant: arm, ...(digest ? { receipt: { digest, chosenAt, arm } } : {}) },
  time: chosenAt,
});
const outcome = (visitorId: string, kind: string, at: string, digest?: string): EventRecord => ({
  type: 'offer-outcome',
  visitorId,
  detail: { offerId: 'o', outcome: kind, at, ...(digest ? { digest } : {}) },
});

describe('downstream', () => {
  const log: EventRecord[] = [
    choice('kept', 'full', day(0), D1),
    outcome('kept', 'renewed', day(30), D1),
    choice('lost-at-60', 'retreat', day(0), D2),
    // Exactly 60 days after the choice: lost within 60 days, kept at 30.
    outcome('lost-at-60', 'cancelled', day(60), D2),
    choice('refunded', 'full', day(0), D1.replace('1', '3')),
    outcome('refunded', 'refunded', day(5)),
    outcome('refunded', 'complaint', day(4)),
    choice('recent', 'full', day(80), D1.replace('1', '4')),
    choice('changed', 'full', day(0), D1.replace('1', '5')),
    choice('changed', 'retreat', day(0, 1), D1.replace('1', '6')),
    // Carries the digest of the choice that was replaced: a mismatch, not a cancellation.
    outcome('changed', 'cancelled', day(10), D1.replace('1', '5')),
    choice('stopped', 'stop', day(0)),
    outcome('stopped', 'complaint', day(1)),
    outcome('nobody', 'cancelled', day(1)),
    outcome('kept', 'upgraded', day(1)),
    { type: 'offer-view', visitorId: 'last', detail: { offerId: 'o', variant: 'rtr' }, time: day(100) },
  ];
  const a = analyzeEvents(log);
  const rtr = a.offers[0]!.arms[0]!;

  it('counts retention over visits old enough to tell; the rest are censored, never kept', () => {
    expect(a.latestTime).toBe(day(100));
    expect(rtr.downstream.accepted).toBe(5);
    // "recent" chose 20 days before the log ends: censored at every horizon.
    expect(rtr.downstream.retained['30']).toMatchObject({ observed: 4, count: 3, censored: 1 });
    expect(rtr.downstream.retained['60']).toMatchObject({ observed: 4, count: 2, censored: 1 });
    expect(rtr.downstream.retained['90']).toMatchObject({ observed: 4, count: 2, censored: 1 });
    expect(rtr.downstream.retained['60']!.estimate).toBe(0.5);
  });

  it('counts refunds, complaints and the rest over accepted visits, and reports what did not match', () => {
    expect(rtr.downstream.refunded).toMatchObject({ count: 1, estimate: 0.2 });
    expect(rtr.downstream.complaints.count).toBe(1);
    expect(rtr.downstream.chargebacks.count).toBe(0);
    expect(a.outcomes).toEqual({
      total: 7,
      matched: 4,
      unknownVisit: 1,
      notAccepted: 1,
      digestMismatch: 1,
      invalid: 1,
    });
    expect(a.skipped).toBe(1);
  });

  it('takes --days horizons and compares retention rtr − small-only with a Newcombe interval', () => {
    const b = analyzeEvents(
      [
        ...log,
        choice('small', 'retreat', day(0), D2.replace('2', '7'), 'small-only'),
        outcome('small', 'renewed', day(40)),
      ],
      { days: [45] },
    );
    expect(Object.keys(b.offers[0]!.arms[0]!.downstream.retained)).toEqual(['45']);
    expect(b.offers[0]!.comparison!.retention['45']).toMatchObject({ estimate: 0.75 - 1 });
  });
});

describe('a generated experiment with true rates', () => {
  const a = analyzeEvents(generateExperiment(MAIN_SCENARIO, 30_000, 11));
  it.each(Object.keys(MAIN_SCENARIO.arms))(
    '%s: intervals for acceptance, 60-day retention and refunds cover the truth',
    (name) => {
      const truth = MAIN_SCENARIO.arms[name]!;
      const arm = a.offers[0]!.arms.find((x) => x.arm === name)!;
      const covers = (r: { lower: number; upper: number }, value: number) =>
        expect(r.lower <= value && value <= r.upper, `${name} ${value} in [${r.lower}, ${r.upper}]`).toBe(true);
      covers(arm.accepted, truth.full + truth.retreat);
      covers(arm.downstream.retained['60']!, trueRetention(truth, 60));
      covers(arm.downstream.refunded, truth.refund);
      expect(arm.downstream.retained['60']!.censored).toBeGreaterThan(0);
    },
  );
  it('sees "more accepted, fewer kept" for rtr against small-only', () => {
    const c = a.offers[0]!.comparison!;
    expect(c.difference.lower).toBeGreaterThan(0);
    expect(c.retention['60']!.upper).toBeLessThan(0);
  });
});

describe('smallest effective concession', () => {
  const offer = JSON.parse(readFileSync('demo/offers/pilot-retreat-sizes.json', 'utf8')) as Offer;
  it('ranks retreat sizes by what they concede and names the smallest not significantly below the best', () => {
    const a = analyzeEvents(generateExperiment(SIZES_SCENARIO, 24_000, 5), { offers: [offer] });
    const ranking = a.offers[0]!.concession!;
    expect(ranking.ranked.map((r) => r.arm)).toEqual(['rtr-4w', 'rtr-2w', 'rtr-1w']);
    expect(ranking.ranked[0]!.concedes).toMatchObject({ timeDays: 14, accessLevels: 0 });
    expect(ranking.ranked[2]!.concedes).toMatchObject({ timeDays: 35, accessLevels: 1 });
    expect(ranking.bestRetention).not.toBe('rtr-1w');
    expect(ranking.ranked.map((r) => r.effective)).toEqual([false, true, false]);
    expect(ranking.smallestEffective).toBe('rtr-2w');
    expect(ranking.distinguishable).toBe(true);
  });
  it('says when the data cannot tell the sizes apart', () => {
    const a = analyzeEvents(generateExperiment(SIZES_SCENARIO, 60, 5), { offers: [offer] });
    const ranking = a.offers[0]!.concession!;
    expect(ranking.distinguishable).toBe(false);
    expect(ranking.smallestEffective).toBe('rtr-4w');
    expect(ranking.caveats.join(' ')).toMatch(/cannot tell these retreat sizes apart/);
  });
  it('is absent when the rtr arms do not differ in retreat', () => {
    const plain = { ...offer, experiment: { id: 'x', arms: [{ name: 'rtr', kind: 'rtr' as const, weight: 1 }] } };
    expect(
      analyzeEvents(generateExperiment(SIZES_SCENARIO, 50, 5), { offers: [plain] }).offers[0]!.concession,
    ).toBeUndefined();
  });
});

describe('rankConcessions on counts', () => {
  const offer = JSON.parse(readFileSync('demo/offers/pilot-retreat-sizes.json', 'utf8')) as Offer;
  const arm = (name: string, visits: number, accepted: number, observed: number, kept: number): ArmCounts => ({
    arm: name,
    visits,
    full: accepted,
    retreat: 0,
    stop: 0,
    abandoned: visits - accepted,
    declinedFull: 0,
    feedback: { yes: 0, partly: 0, no: 0 },
    accepted,
    refunded: 0,
    complaints: 0,
    converted: 0,
    chargebacks: 0,
    retained: { '60': { observed, count: kept } },
  });
  it('needs both acceptance and retention within the intervals of the best', () => {
    const ranking = rankConcessions(
      offer,
      [arm('rtr-4w', 1000, 300, 300, 240), arm('rtr-2w', 1000, 400, 400, 310), arm('rtr-1w', 1000, 410, 410, 200)],
      60,
    )!;
    expect(ranking.ranked.map((r) => [r.arm, r.effective])).toEqual([
      ['rtr-4w', false], // acceptance significantly below rtr-1w's
      ['rtr-2w', true],
      ['rtr-1w', false], // the best acceptance, but it keeps significantly fewer
    ]);
    expect(ranking.smallestEffective).toBe('rtr-2w');
    expect(ranking.ranked[1]!.acceptanceVsBest.lower).toBeLessThan(0);
  });
});
