/**
 * trustedOffer (the model a linted offer paints from, built without valibot) equals validateOffer's parsed offer
 * for every accepted offer: the example and demo offers, the same with whitespace around every string, and random
 * mutations of a valid offer that validateOffer still accepts. Its shape is derived from OfferSchema here, so a
 * field added to the schema and not to OFFER_SHAPE fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../src/core/register-all.js';
import { OfferSchema } from '../../src/core/offer-schema.js';
import { OFFER_SHAPE, trustedOffer, type Shape } from '../../src/core/trusted-offer.js';
import { validateOffer } from '../../src/core/validate-offer.js';
import { mutations, allPaths, applyMutations, oddText } from './guardrails/offer-arbitraries.js';
import { validOffer } from './guardrails/offer-fixture.js';

const root = new URL('../../', import.meta.url);
const offerFiles = ['examples/offers/', 'demo/offers/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${dir}${name}`),
);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

/** The shape OfferSchema describes: object entries, lists, and `text` where the pipe trims. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  pipe?: Array<{ type: string }>;
}
function shapeOf(node: SchemaNode): Shape {
  if (node.type === 'optional') return shapeOf(node.wrapped!);
  if (node.type === 'array') return [shapeOf(node.item!)];
  if (node.entries)
    return Object.fromEntries(Object.entries(node.entries).map(([key, inner]) => [key, shapeOf(inner)]));
  return node.pipe?.some((step) => step.type === 'trim') ? 'text' : 'value';
}

/** Every string in `value` with spaces and a newline around it. */
function padded(value: unknown): unknown {
  if (typeof value === 'string') return ` ${value}\n `;
  if (Array.isArray(value)) return value.map(padded);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, padded(inner)]));
  return value;
}

describe('trustedOffer', () => {
  it('mirrors OfferSchema: the same keys, lists and trimmed text fields', () => {
    expect(OFFER_SHAPE).toEqual(shapeOf(OfferSchema as unknown as SchemaNode));
  });

  it.each(offerFiles)('equals validateOffer(x).offer for %s', (file) => {
    const offer = read(file);
    const verdict = validateOffer(offer);
    expect(verdict.ok).toBe(true);
    expect(trustedOffer(offer)).toStrictEqual(verdict.offer);
  });

  it.each(offerFiles)('equals it with whitespace around every string of %s, where that is accepted', (file) => {
    const offer = padded(read(file));
    const verdict = validateOffer(offer);
    if (verdict.offer) expect(trustedOffer(offer)).toStrictEqual(verdict.offer);
  });

  it('drops what the schema drops ("$schema", unknown keys) and copies what it keeps', () => {
    const offer = { $schema: 'x', extra: 1, ...validOffer() };
    offer.full.terms.extra = 'dropped';
    const model = trustedOffer(offer) as unknown as Record<string, unknown>;
    expect(model).toStrictEqual(validateOffer(offer).offer);
    expect(model.$schema).toBeUndefined();
    expect(model.full).not.toBe(offer.full);
  });

  it('equals validateOffer(x).offer for random mutations of a valid offer that are accepted', () => {
    const paths = allPaths(validOffer());
    fc.assert(
      fc.property(mutations(paths, fc.oneof(oddText, fc.jsonValue())), (list) => {
        const offer = applyMutations(validOffer(), list);
        const verdict = validateOffer(offer);
        if (verdict.ok) expect(trustedOffer(offer)).toStrictEqual(verdict.offer);
      }),
      { numRuns: 300 },
    );
  });
});
