/**
 * Shared pieces of the robustness tests: a recorder of uncaught errors and unhandled rejections, a console
 * spy, hostile offer generators (browser-safe: no node:fs) and a generic walk over every string of an offer.
 */
import fc from 'fast-check';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { validOffer, type Raw } from '../../core/guardrails/offer-fixture.js';
import { allPaths, applyMutations, mutations } from '../../core/guardrails/offer-arbitraries.js';

export { validOffer, type Raw };

/** Records window 'error' and 'unhandledrejection' until stop(); both would mean the widget threw. */
export function watchUncaught() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => (
      window.removeEventListener('error', onError),
      window.removeEventListener('unhandledrejection', onRejection)
    ),
  };
}

/** Replaces console[kind] with a recorder until restore(). */
export function spyConsole(kind: 'error' | 'warn') {
  const calls: unknown[][] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => void (console[kind] = original) };
}

/** Mounts a bare element (no fixture wrapper) with an offer, waits for its render. */
export async function mount(
  offer: unknown,
  attrs: Record<string, string> = {},
  parent: Element = document.body,
): Promise<FairOffer> {
  const el = document.createElement('fair-offer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = '<a slot="fallback" href="https://example.com/plans">See the plans</a>';
  el.offer = offer as FairOffer['offer'];
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** The shadow root's top-level nodes, without the adopted/inline styles. */
export function topLevel(el: FairOffer): string[] {
  return [...el.shadowRoot!.children]
    .filter((c) => c.localName !== 'style')
    .map((c) => (c.className ? `${c.localName}.${c.className}` : c.localName));
}

/** Every path to a string in `node`, e.g. ['full', 'terms', 'scope']. */
export function stringPaths(node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof node === 'string') return [prefix];
  if (typeof node !== 'object' || node === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(node)
    ? node.map((v, i) => [i, v])
    : Object.entries(node);
  return entries.flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
}

export function setAt(root: Raw, path: Array<string | number>, value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
}

/** Paths of the example plus optional fields it does not use, so those get retyped too. */
const PATHS = [
  ...allPaths(validOffer()),
  ['locale'],
  ['addOns'],
  ['deadline'],
  ['retreatFor'],
  ['askConstraint'],
  ['declineLabel'],
  ['full', 'summary'],
  ['full', 'impact'],
  ['retreat', 'impact'],
  ['stop', 'rememberDays'],
];

export const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\u202E', '\u200B', '\u2066', '\uFEFF', '\uD800', 'a', ' ', '<', '"', '\u0000'),
    maxLength: 40,
  }),
  fc.constantFrom(
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    ' ',
    '',
    'xx-INVALID-@@',
  ),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  oddText,
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Infinity, 1e308),
  fc.constantFrom('array', 'object').map((k) => (k === 'array' ? [] : {})),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'selected', 'hidden', 'label', 'level', 'amount'),
    fc.jsonValue({ maxDepth: 1 }),
  ),
);

/** A valid offer with 1-4 fields deleted or replaced by a value of any type (short strings: browser speed). */
export const mutatedOffer: fc.Arbitrary<Raw> = mutations(PATHS, hostileValue).map((list) =>
  applyMutations(validOffer(), list),
);

const STRING_PATHS = stringPaths(validOffer());

/** A valid offer with 1-3 of its strings replaced by odd text (many of these stay valid). */
export const retextedOffer: fc.Arbitrary<Raw> = fc
  .array(
    fc.record({
      path: fc.constantFrom(...STRING_PATHS),
      text: fc.oneof(oddText, fc.string({ minLength: 3, maxLength: 60 })),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((edits) => {
    const offer = validOffer();
    for (const { path, text } of edits) setAt(offer, path, text);
    return offer;
  });

/** Anything at all as the offer: JSON documents, primitives, mutated and re-texted offers. */
export const anyOffer: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: mutatedOffer, weight: 3 },
  { arbitrary: retextedOffer, weight: 3 },
  {
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown),
    weight: 1,
  },
  { arbitrary: hostileValue, weight: 1 },
);
