/** fast-check generators of hostile offers, shared by the property tests and bench/validate-fuzz.ts. */
import fc from 'fast-check';
import { validOffer, type Raw } from './offer-fixture.js';

/** Every path into the valid example offer (objects and arrays), e.g. ['retreat', 'terms', 'renewal']. */
export function allPaths(node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof node !== 'object' || node === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(node)
    ? node.map((v, i) => [i, v])
    : Object.entries(node);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
}

const PATHS = allPaths(validOffer());

/** Odd text: bidi overrides, zero-width characters, lone surrogates, markup, very long runs. */
export const oddText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\u202E', '\u200B', '\u2066', '\uFEFF', '\uD800', 'a', ' ', '<', '"', '\u0000') }),
  fc.constantFrom('javascript:alert(1)', '<script>alert(1)</script>', '__proto__', 'constructor', ' ', ''),
  fc.integer({ min: 1, max: 5000 }).map((n) => 'ends tonight '.repeat(n)),
);

/** Any JSON-ish value, including the keys that pollute prototypes when assigned naively. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  oddText,
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Infinity, 1e308),
  // Fresh containers per case: a shared constant would be mutated by later mutations of the same case.
  fc.constantFrom('array', 'object').map((k) => (k === 'array' ? [] : {})),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'selected', 'hidden', 'retreat', 'terms', 'action'),
    fc.jsonValue(),
  ),
);

export type Mutation = { path: Array<string | number>; kind: 'delete' | 'replace'; value: unknown };

/** Applies mutations to `offer` in place; a path whose parent is gone (deleted earlier) is skipped. */
export function applyMutations(offer: Raw, mutations: readonly Mutation[]): Raw {
  for (const { path, kind, value } of mutations) {
    let parent: Raw = offer;
    for (const key of path.slice(0, -1)) {
      parent = parent?.[key];
      if (typeof parent !== 'object' || parent === null) break;
    }
    if (typeof parent !== 'object' || parent === null) continue;
    const last = path[path.length - 1]!;
    if (kind === 'delete') delete parent[last];
    // defineProperty: a "__proto__" value stays data, as JSON.parse would leave it.
    else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return offer;
}

/** Arbitrary mutation lists over `paths` with values from `values`. */
export function mutations(
  paths: ReadonlyArray<Array<string | number>>,
  values: fc.Arbitrary<unknown>,
): fc.Arbitrary<Mutation[]> {
  return fc.array(
    fc.record({
      path: fc.constantFrom(...paths),
      kind: fc.constantFrom<'delete' | 'replace'>('delete', 'replace'),
      value: values,
    }),
    { minLength: 1, maxLength: 4 },
  );
}

/** A valid offer with 1-4 random fields deleted or replaced by a value of any type. */
export const mutatedOffer: fc.Arbitrary<{ offer: Raw; mutations: Mutation[] }> = mutations(PATHS, hostileValue).map(
  (list) => ({
    offer: applyMutations(validOffer(), list),
    mutations: list,
  }),
);

/** Whole documents from JSON text, so `__proto__` keys arrive as own properties, like in a real offer file. */
export const parsedJson = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** Any JS value at all: fc.anything with null-prototype and boxed objects, maps, sets, bigints, dates, typed arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

/**
 * Documents parsed from JSON text with a `__proto__`, `constructor` or `prototype` key at the top, in `full` and in an
 * add-on, as they arrive from an offer file.
 */
export const pollutionDocument: fc.Arbitrary<unknown> = fc
  .tuple(hostileValue, fc.constantFrom('__proto__', 'constructor', 'prototype'))
  .map(([value, key]) =>
    JSON.parse(
      `{"${key}":{"polluted":${JSON.stringify(value ?? null) ?? 'null'}},"full":{"${key}":{"polluted":1}},"addOns":[{"${key}":{"selected":true}}]}`,
    ),
  );
