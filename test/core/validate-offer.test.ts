import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../src/core/register-all.js';
import { validateOffer } from '../../src/core/validate-offer.js';
import { offerWith, validOffer } from './guardrails/offer-fixture.js';

const EXAMPLES_DIR = new URL('../../examples/offers/', import.meta.url);
const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json'));

describe('validateOffer on the shipped examples', () => {
  it('the SaaS pilot example is valid and parsed', () => {
    const result = validateOffer(validOffer());
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.offer?.retreat.title).toBe('2-week proof in 1 region, read-only');
  });

  it.each(examples)('examples/offers/%s has no errors', (file) => {
    const result = validateOffer(JSON.parse(readFileSync(new URL(file, EXAMPLES_DIR), 'utf8')));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('validateOffer never throws and explains itself', () => {
  const hostile: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', 'offer'],
    ['a boolean', true],
    ['an array', [validOffer()]],
    ['an empty object', {}],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a 1 MB decision', offerWith((o) => (o.decision = 'a'.repeat(1_000_000)))],
    ['a 1 MB title of zero-width spaces', offerWith((o) => (o.full.title = '\u200B'.repeat(1_000_000)))],
    ['200,000 malformed add-ons', offerWith((o) => (o.addOns = new Array(200_000).fill(7)))],
    [
      'deep nesting',
      offerWith((o) => {
        let n: Record<string, unknown> = {};
        o.full.extra = n;
        for (let i = 0; i < 10_000; i++) {
          const c = {};
          n.x = c;
          n = c;
        }
      }),
    ],
    [
      'a throwing getter',
      Object.defineProperty({ ...validOffer() }, 'full', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      }),
    ],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      })(),
    ],
    [
      'lone surrogates and bidi overrides',
      offerWith((o) => {
        o.full.title = '\uD800\u202Eevil\u202C';
        o.retreat.terms.scope = '\u2066x\u2069';
      }),
    ],
  ];

  it.each(hostile)('%s', (_name, input) => {
    let result!: ReturnType<typeof validateOffer>;
    expect(() => (result = validateOffer(input))).not.toThrow();
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) {
      expect(result.findings.length).toBeGreaterThan(0);
      for (const f of result.findings) expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('a non-object says what an offer needs', () => {
    const [finding] = validateOffer(null).findings;
    expect(finding).toMatchObject({ rule: 'invalid-offer', severity: 'error' });
    expect(finding!.message).toMatch(/null.*full and retreat/);
  });

  it('caps the findings for a huge malformed list', () => {
    const result = validateOffer(offerWith((o) => (o.addOns = new Array(100_000).fill(7))));
    expect(result.ok).toBe(false);
    expect(result.findings.length).toBeLessThanOrEqual(110);
    expect(result.findings.some((f) => /more structure problems/.test(f.message))).toBe(true);
  });

  it('names the field and says what to change for a wrong type', () => {
    const result = validateOffer(offerWith((o) => (o.retreat.terms.time.days = 'fourteen')));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-offer', path: 'retreat.terms.time.days' }),
    );
    expect(result.findings.find((f) => f.path === 'retreat.terms.time.days')!.message).toMatch(/must be a number/);
  });

  it('reports a missing required field by path, not with valibot jargon', () => {
    const result = validateOffer(offerWith((o) => delete o.requester.role));
    const f = result.findings.find((x) => x.path === 'requester.role')!;
    expect(f.rule).toBe('invalid-offer');
    expect(f.message).toMatch(/`requester.role` is missing: add it/);
  });

  it('keeps a first-argument-only call and accepts a clock', () => {
    const offer = offerWith((o) => (o.deadline = { at: '2030-01-01T00:00:00Z', reason: 'Prices change in 2030' }));
    expect(validateOffer(offer).ok).toBe(true);
    expect(validateOffer(offer, { now: new Date('2031-01-01T00:00:00Z') }).findings).toContainEqual(
      expect.objectContaining({ rule: 'false-urgency', path: 'deadline.at' }),
    );
    // An invalid clock falls back to the real one rather than failing.
    expect(validateOffer(offer, { now: new Date('nonsense') }).ok).toBe(true);
  });

  it('still lists raw-input rule findings when the structure is broken', () => {
    const result = validateOffer(
      offerWith((o) => {
        o.id = 12;
        o.stop = false;
        o.addOns = [{ id: 'x', label: 'Extra', selected: true }];
      }),
    );
    const rules = result.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['invalid-offer', 'missing-stop-path', 'prechecked-upsell']));
    // The specific rule replaces the generic one at the same path.
    expect(result.findings.filter((f) => f.path === 'stop').map((f) => f.rule)).toEqual(['missing-stop-path']);
  });
});

describe('no prototype pollution', () => {
  it('__proto__ and constructor keys from JSON neither pollute nor crash', () => {
    const text = JSON.stringify(validOffer()).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const input = JSON.parse(text);
    input.full.__proto__ = { polluted: true };
    Object.defineProperty(input.retreat, '__proto__', { value: { polluted: true }, enumerable: true });
    const result = validateOffer(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.offer ? Object.getPrototypeOf(result.offer) : Object.prototype).toBe(Object.prototype);
    expect(result.offer && Object.hasOwn(result.offer, '__proto__')).toBeFalsy();
  });

  it('an inherited property is not read as part of the offer', () => {
    const proto = { stop: false, retreats: [{ terms: {}, action: {} }] };
    const input = Object.assign(Object.create(proto), validOffer());
    const result = validateOffer(input);
    expect(result.findings.map((f) => f.rule)).not.toContain('missing-stop-path');
    expect(result.findings.map((f) => f.rule)).not.toContain('stacked-retreat');
  });
});
