/** Property tests: validateOffer never throws, and `ok: false` always comes with a finding. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../src/core/validate-offer.js';
import { anyValue, mutatedOffer, parsedJson, pollutionDocument } from './guardrails/offer-arbitraries.js';

/** The contract every result must keep. */
function assertContract(input: unknown): void {
  const result = validateOffer(input);
  expect(typeof result.ok).toBe('boolean');
  expect(Array.isArray(result.findings)).toBe(true);
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(result.ok).toBe(errors.length === 0);
  if (!result.ok) expect(result.findings.length).toBeGreaterThan(0);
  for (const f of result.findings) {
    expect(typeof f.rule).toBe('string');
    expect(['error', 'warning']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
    if (f.path !== undefined) expect(typeof f.path).toBe('string');
  }
}

const cleanPrototypes = () => {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    expect(Object.getOwnPropertyNames(proto)).not.toContain('polluted');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

describe('validateOffer properties', () => {
  it('any JSON value', () => {
    fc.assert(
      fc.property(parsedJson, (input) => assertContract(input)),
      { numRuns: 500 },
    );
  });

  it('any value at all (fc.anything, including null-prototype and boxed objects)', () => {
    fc.assert(
      fc.property(anyValue, (input) => assertContract(input)),
      { numRuns: 300 },
    );
  });

  it('random deletions and type changes of any field of a valid offer', () => {
    fc.assert(
      fc.property(mutatedOffer, ({ offer, mutations }) => {
        assertContract(offer);
        // Deleting a required field must be refused.
        if (
          mutations.some(
            (m) =>
              m.kind === 'delete' &&
              ['id', 'full', 'retreat', 'decision', 'requester'].includes(String(m.path[0])) &&
              m.path.length === 1,
          )
        ) {
          expect(validateOffer(offer).ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('no prototype pollution from __proto__ / constructor keys anywhere', () => {
    fc.assert(
      fc.property(pollutionDocument, (document) => {
        assertContract(document);
        cleanPrototypes();
      }),
      { numRuns: 200 },
    );
  });
});
