import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../src/core/register-all.js';
import {
  applyArm,
  armFor,
  assignArm,
  bucket,
  getVisitorId,
  type Experiment,
  type StorageLike,
} from '../../src/core/experiment.js';
import { experimentFramingFindings as experimentFindings } from '../../src/core/guardrails/experiment-framing.js';
import { validateOffer } from '../../src/core/validate-offer.js';
import type { Arm, Offer } from '../../src/core/offer-schema.js';
// A small seeded PRNG, so the test's random ids are reproducible.
import { mulberry32 } from '../../bench/analyze-generate.js';

const loadOffer = (): Offer => JSON.parse(readFileSync('examples/offers/saas-pilot.json', 'utf8')) as Offer;

const arms: Arm[] = [
  { name: 'rtr', kind: 'rtr', weight: 50 },
  { name: 'small-only', kind: 'small-only', weight: 25 },
  { name: 'full-only', kind: 'full-only', weight: 25 },
];
const experiment: Experiment = { id: 'pilot-2026-q1', arms };

describe('assignArm', () => {
  it.each([
    ['sequential ids', (i: number) => `visitor-${i}`],
    [
      'random ids',
      (() => {
        const r = mulberry32(7);
        return (_i: number) => r().toString(36).slice(2, 14);
      })(),
    ],
  ])('puts 100,000 %s within ±1 point of weights 50/25/25', (_label, idOf) => {
    const counts: Record<string, number> = { rtr: 0, 'small-only': 0, 'full-only': 0 };
    for (let i = 0; i < 100_000; i++) counts[assignArm(experiment, idOf(i)).name]! += 1;
    expect(Math.abs(counts['rtr']! / 1000 - 50)).toBeLessThan(1);
    expect(Math.abs(counts['small-only']! / 1000 - 25)).toBeLessThan(1);
    expect(Math.abs(counts['full-only']! / 1000 - 25)).toBeLessThan(1);
  });

  it('is sticky: the same id always gets the same arm, also in a freshly built experiment object', () => {
    for (let i = 0; i < 500; i++) {
      const id = `v${i}`;
      const first = assignArm(experiment, id).name;
      expect(assignArm({ id: 'pilot-2026-q1', arms: arms.map((a) => ({ ...a })) }, id).name).toBe(first);
    }
  });

  it('depends on the experiment id, never picks a zero-weight arm, and refuses all-zero weights', () => {
    let differs = 0;
    for (let i = 0; i < 1000; i++)
      if (assignArm(experiment, `v${i}`).name !== assignArm({ ...experiment, id: 'other' }, `v${i}`).name) differs++;
    expect(differs).toBeGreaterThan(300); // independent assignments disagree ~62 % of the time at 50/25/25
    const zero: Experiment = {
      id: 'z',
      arms: [
        { name: 'a', kind: 'rtr', weight: 0 },
        { name: 'b', kind: 'small-only', weight: 1 },
      ],
    };
    for (let i = 0; i < 200; i++) expect(assignArm(zero, `v${i}`).name).toBe('b');
    expect(() => assignArm({ id: 'z', arms: [{ name: 'a', kind: 'rtr', weight: 0 }] }, 'v')).toThrow(RangeError);
  });

  it('maps ids to [0, 1) without collisions between split points', () => {
    expect(bucket('ab', 'c')).not.toBe(bucket('a', 'bc'));
    for (let i = 0; i < 1000; i++) {
      const b = bucket('e', String(i));
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(1);
    }
  });
});

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('getVisitorId', () => {
  it('creates a random id once and keeps it in storage', () => {
    const store = new MemoryStorage();
    const a = getVisitorId(store, mulberry32(1));
    expect(a.persisted).toBe(true);
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(getVisitorId(store, mulberry32(2))).toEqual(a);
    expect(getVisitorId(new MemoryStorage(), mulberry32(2), 'another-key').id).not.toBe(a.id);
  });

  it('replaces a stored value that is not an id', () => {
    const store = new MemoryStorage();
    store.setItem('fair-offer:visitor', '<script>');
    expect(getVisitorId(store, mulberry32(3)).id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('never throws: storage that throws on access, on read, on write, or drops writes falls back to memory', () => {
    const throwingGetter = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const throwsOnRead: StorageLike = {
      getItem: () => {
        throw new Error('no');
      },
      setItem: () => {},
    };
    const throwsOnWrite: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const dropsWrites: StorageLike = { getItem: () => null, setItem: () => {} };
    for (const [i, storage] of [throwingGetter, throwsOnRead, throwsOnWrite, dropsWrites, null, undefined].entries()) {
      const key = `test-key-${i}`;
      const first = getVisitorId(storage, mulberry32(i), key);
      expect(first.persisted).toBe(false);
      expect(first.id).toMatch(/^[0-9a-f]{32}$/);
      // Sticky within the page even without storage.
      expect(getVisitorId(storage, mulberry32(i + 100), key)).toEqual(first);
    }
  });
});

describe('applyArm', () => {
  const offer = loadOffer();
  offer.retreatFor = { budget: { ...structuredClone(offer.retreat), id: 'proof-budget' } };
  offer.retreatVariants = [
    {
      ...structuredClone(offer.retreat),
      id: 'proof-1w',
      title: '1-week proof',
      terms: { ...structuredClone(offer.retreat.terms), time: { duration: '1 week', days: 7, effort: 'One hour' } },
    },
  ];

  it('rtr shows full then the default retreat, keeping retreatFor', () => {
    const view = applyArm(offer, { name: 'rtr', kind: 'rtr', weight: 1 });
    expect(view).toMatchObject({ arm: 'rtr', kind: 'rtr', shows: ['full', 'retreat'] });
    expect(view.offer).toEqual(offer);
  });

  it('a variant arm replaces the retreat and drops retreatFor, and changes nothing else', () => {
    const view = applyArm(offer, { name: 'rtr-1w', kind: 'rtr', weight: 1, retreat: 'proof-1w' });
    expect(view.offer.retreat.title).toBe('1-week proof');
    expect(view.offer.retreatFor).toBeUndefined();
    const { retreat: _r, retreatFor: _f, ...same } = offer;
    const { retreat: _r2, retreatFor: _f2, ...sameAfter } = view.offer;
    expect(sameAfter).toEqual(same);
    expect(view.offer.full).toBe(offer.full);
    expect(view.offer.stop).toEqual(offer.stop);
  });

  it('small-only offers only the retreat; full-only only the full option; no arm is rtr', () => {
    expect(applyArm(offer, { name: 's', kind: 'small-only', weight: 1, retreat: 'proof-1w' })).toMatchObject({
      shows: ['retreat'],
      offer: { retreat: { id: 'proof-1w' } },
    });
    expect(applyArm(offer, { name: 'h', kind: 'full-only', weight: 1 }).shows).toEqual(['full']);
    expect(applyArm(offer, null)).toMatchObject({ arm: null, kind: 'rtr', shows: ['full', 'retreat'] });
    expect(() => applyArm(offer, { name: 'x', kind: 'rtr', weight: 1, retreat: 'nope' })).toThrow(/nope/);
  });

  it('armFor assigns and applies in one step', () => {
    const withExperiment = { ...offer, experiment };
    const view = armFor(withExperiment, 'visitor-42');
    expect(view.arm).toBe(assignArm(experiment, 'visitor-42').name);
    expect(armFor(loadOffer(), 'visitor-42').arm).toBeNull();
  });
});

describe('experimentFindings', () => {
  const base = () => {
    const o = loadOffer() as Offer & Record<string, unknown>;
    o.retreatVariants = [{ ...structuredClone(o.retreat), id: 'proof-1w' }];
    o.experiment = {
      id: 'e1',
      arms: [
        { name: 'rtr', kind: 'rtr', weight: 1 },
        { name: 'rtr-1w', kind: 'rtr', weight: 1, retreat: 'proof-1w' },
        { name: 'holdout', kind: 'full-only', weight: 1 },
      ],
    };
    return o;
  };

  it('accepts a framing-only experiment', () => {
    const o = base();
    expect(experimentFindings(o, o)).toEqual([]);
  });

  it('refuses arms that try to change the stop path, the guardrails or the terms', () => {
    const raw = structuredClone(base()) as unknown as {
      experiment: { arms: Array<Record<string, unknown>> } & Record<string, unknown>;
    };
    raw.experiment.arms[0]!['hideStop'] = true;
    raw.experiment.arms[1]!['skipGuardrails'] = true;
    raw.experiment.arms[2]!['terms'] = { price: { amount: 1 } };
    raw.experiment['overrides'] = {};
    const findings = experimentFindings(base(), raw);
    expect(findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual([
      'invalid-offer experiment.arms.1.skipGuardrails',
      'invalid-offer experiment.arms.2.terms',
      'invalid-offer experiment.overrides',
      'missing-stop-path experiment.arms.0.hideStop',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('validateOffer reports them too: an arm that hides the stop path makes the offer invalid', () => {
    const clean = base();
    expect(validateOffer(clean).ok).toBe(true);
    const raw = structuredClone(base()) as unknown as { experiment: { arms: Array<Record<string, unknown>> } };
    raw.experiment.arms[0]!['hideStop'] = true;
    const result = validateOffer(raw);
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'missing-stop-path', path: 'experiment.arms.0.hideStop' }),
    );
  });

  it('refuses a holdout that names a retreat and several retreats in one arm; warns about unused variants', () => {
    const o = base();
    o.experiment!.arms[2]!.retreat = 'proof-1w';
    o.experiment!.arms[1]!.retreat = undefined;
    const raw = structuredClone(o) as unknown as { experiment: { arms: Array<Record<string, unknown>> } };
    raw.experiment.arms[0]!['retreat'] = ['proof-1w', 'x'];
    const findings = experimentFindings(o, raw);
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-offer', severity: 'error', path: 'experiment.arms.2.retreat' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'stacked-retreat', path: 'experiment.arms.0.retreat' }),
    );
    const unused = base();
    unused.experiment!.arms = [{ name: 'rtr', kind: 'rtr', weight: 1 }];
    expect(experimentFindings(unused)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'retreatVariants.0' }),
    ]);
    const { experiment: _e, ...noExperiment } = base();
    expect(experimentFindings(noExperiment as Offer)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'retreatVariants' }),
    ]);
  });
});
