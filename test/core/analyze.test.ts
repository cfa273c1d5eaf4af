import { describe, expect, it } from 'vitest';
import { analyzeEvents, NO_ARM, type ArmStats, type EventRecord } from '../../src/core/analyze.js';
import { newcombeDifference, wilson } from '../../src/core/stats.js';
import { generateLog, TRUE_RATES, type ArmName } from './analyze-log.js';

describe('wilson', () => {
  // Newcombe (1998), Stat Med 17:857, table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i/%i → [%f, %f]', (x, n, lo, hi) => {
    const w = wilson(x, n);
    expect(w.lower).toBeCloseTo(lo, 4);
    expect(w.upper).toBeCloseTo(hi, 4);
    expect(w.estimate).toBe(x / n);
  });

  it('has no estimate without data and refuses impossible counts', () => {
    expect(wilson(0, 0)).toEqual({ estimate: NaN, lower: 0, upper: 1 });
    expect(() => wilson(3, 2)).toThrow(RangeError);
  });

  it('covers the true proportion about 95 % of the time', () => {
    // Exact binomial coverage at n = 50 for a grid of p: Wilson stays near the nominal level (unlike Wald).
    const logChoose = (n: number, k: number) => {
      let s = 0;
      for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
      return s;
    };
    for (const p of [0.1, 0.25, 0.3, 0.5]) {
      let coverage = 0;
      for (let k = 0; k <= 50; k++) {
        const w = wilson(k, 50);
        if (w.lower <= p && p <= w.upper)
          coverage += Math.exp(logChoose(50, k) + k * Math.log(p) + (50 - k) * Math.log(1 - p));
      }
      expect(coverage, `p = ${p}`).toBeGreaterThan(0.93);
      expect(coverage, `p = ${p}`).toBeLessThan(0.975);
    }
  });
});

describe('newcombeDifference', () => {
  // Newcombe (1998), Stat Med 17:873, table II, method 10 (hybrid score, no continuity correction).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('%i/%i − %i/%i → [%f, %f]', (x1, n1, x2, n2, lo, hi) => {
    const d = newcombeDifference(x1, n1, x2, n2);
    expect(d.lower).toBeCloseTo(lo, 4);
    expect(d.upper).toBeCloseTo(hi, 4);
    expect(d.estimate).toBeCloseTo(x1 / n1 - x2 / n2, 12);
  });
});

const rec = (type: string, visitorId: string | undefined, detail: Record<string, unknown>): EventRecord => ({
  type,
  visitorId,
  detail: { offerId: 'o', ...detail },
});

describe('analyzeEvents', () => {
  it('counts abandonment as its own outcome, never as acceptance, and stops as outcomes', () => {
    const a = analyzeEvents([
      rec('offer-view', 'v1', { stage: 'full', variant: 'rtr' }),
      rec('offer-view', 'v2', { stage: 'full', variant: 'rtr' }),
      rec('offer-decline', 'v2', { constraint: 'time', variant: 'rtr' }),
      rec('offer-view', 'v2', { stage: 'retreat', variant: 'rtr' }),
      rec('offer-view', 'v3', { stage: 'full', variant: 'rtr' }),
      rec('offer-choice', 'v3', { choice: 'stop', variant: 'rtr' }),
      rec('offer-view', 'v4', { stage: 'full', variant: 'rtr' }),
      rec('offer-choice', 'v4', { choice: 'full', variant: 'rtr' }),
    ]);
    const rtr = a.offers[0]!.arms[0]!;
    expect(rtr).toMatchObject({ arm: 'rtr', visits: 4, declinedFull: 1 });
    expect([rtr.full.count, rtr.retreat.count, rtr.accepted.count, rtr.stop.count, rtr.abandoned.count]).toEqual([
      1, 0, 1, 1, 2,
    ]);
    expect(rtr.accepted.estimate).toBe(0.25);
  });

  it('uses the final choice of a visit, counts a choice whose view was lost, and counts feedback per visit', () => {
    const a = analyzeEvents([
      rec('offer-view', 'v1', { stage: 'full', variant: 'small-only' }),
      rec('offer-choice', 'v1', { choice: 'retreat', variant: 'small-only' }),
      rec('offer-choice', 'v1', { choice: 'stop', variant: 'small-only' }),
      rec('offer-feedback', 'v1', { answer: 'partly', variant: 'small-only' }),
      rec('offer-choice', 'v2', { choice: 'retreat', receipt: { arm: 'small-only' } }),
      rec('offer-feedback', 'v2', { answer: 'yes', variant: 'small-only' }),
      rec('offer-feedback', 'v2', { answer: 'no', variant: 'small-only' }),
    ]);
    const s = a.offers[0]!.arms[0]!;
    expect(s).toMatchObject({ arm: 'small-only', visits: 2, feedback: { yes: 0, partly: 1, no: 1 } });
    expect([s.retreat.count, s.stop.count, s.abandoned.count]).toEqual([1, 1, 0]);
  });

  it('separates offers and arms, names the no-experiment arm, and skips what it cannot join', () => {
    const a = analyzeEvents([
      rec('offer-view', 'v1', { stage: 'full', variant: null }),
      { type: 'offer-view', visitorId: 'v1', detail: { offerId: 'other', stage: 'full', variant: 'rtr' } },
      rec('offer-view', undefined, { stage: 'full' }),
      rec('offer-choice', 'v1', { choice: 'maybe' }),
      rec('offer-feedback', 'v1', { answer: 'great' }),
      rec('something-else', 'v1', {}),
      rec('offer-invalid', undefined, { findings: [] }),
    ]);
    expect(a.offers.map((o) => [o.offerId, o.arms.map((x) => x.arm)])).toEqual([
      ['o', [NO_ARM]],
      ['other', ['rtr']],
    ]);
    expect(a.skipped).toBe(4);
    expect(a.offers[0]!.comparison).toBeNull();
  });

  describe('on a generated log of 10,000 visitors with known rates', () => {
    const analysis = analyzeEvents(generateLog(10_000, 1));
    const arms = Object.fromEntries(analysis.offers[0]!.arms.map((x) => [x.arm, x])) as Record<ArmName, ArmStats>;

    it('assigns about 50/25/25 and counts every visitor once', () => {
      expect(arms.rtr.visits + arms['small-only'].visits + arms['full-only'].visits).toBe(10_000);
      expect(Math.abs(arms.rtr.visits - 5000)).toBeLessThan(200);
    });

    it.each(Object.keys(TRUE_RATES) as ArmName[])(
      'estimates %s within 4 standard errors, and its intervals cover the true rates',
      (arm) => {
        const t = TRUE_RATES[arm];
        const truth = {
          full: t.full,
          retreat: t.retreat,
          stop: t.stop,
          accepted: t.full + t.retreat,
          abandoned: 1 - t.full - t.retreat - t.stop,
        };
        const s = arms[arm];
        for (const [key, p] of Object.entries(truth) as Array<[keyof typeof truth, number]>) {
          const r = s[key];
          const se = Math.sqrt((p * (1 - p)) / s.visits);
          expect(Math.abs(r.estimate - p), `${arm} ${key}`).toBeLessThanOrEqual(4 * se + 1e-12);
          expect(r.lower, `${arm} ${key} lower`).toBeLessThanOrEqual(p);
          expect(r.upper, `${arm} ${key} upper`).toBeGreaterThanOrEqual(p);
        }
      },
    );

    it('gives the rtr − small-only acceptance difference with an interval covering the true 17 points', () => {
      const c = analysis.offers[0]!.comparison!;
      expect(c).toMatchObject({ a: 'rtr', b: 'small-only' });
      expect(c.difference.lower).toBeLessThanOrEqual(0.17);
      expect(c.difference.upper).toBeGreaterThanOrEqual(0.17);
      expect(c.difference.lower).toBeGreaterThan(0.1); // clearly positive at this size
      expect(c.difference.estimate).toBeCloseTo(arms.rtr.accepted.estimate - arms['small-only'].accepted.estimate, 12);
    });

    it('counts feedback per arm', () => {
      const all = Object.values(arms).reduce((n, a) => n + a.feedback.yes + a.feedback.partly + a.feedback.no, 0);
      expect(all).toBeGreaterThan(500);
      expect(arms.rtr.feedback.yes).toBeGreaterThan(arms.rtr.feedback.no);
    });
  });
});
