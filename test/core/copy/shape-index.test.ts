/**
 * The first-word index of a ShapeSet (shapes.ts) must never skip a shape that matches: it is a necessary
 * condition, so `find` gives the same start as trying every shape at every token, for every pack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { compilePack } from '../../../src/core/copy/compiled-pack.js';
import type { CopyPack } from '../../../src/core/copy/pack.js';
import { buildClasses, matchEnd, parseShape, ShapeParts, type Node } from '../../../src/core/copy/shapes.js';
import { ShapeSet } from '../../../src/core/copy/shape-set.js';
import { firstOf, needs, sourceWords, type FirstWords } from '../../../src/core/copy/shape-needs.js';
import { leadOf, plainNeedsOf } from '../../../src/core/copy/shape-text.js';
import { tokenize } from '../../../src/core/copy/tokens.js';
import { packWords } from '../../../src/core/copy/words.js';
import { DE } from '../../../src/core/copy/packs/de.js';
import { EN } from '../../../src/core/copy/packs/en.js';
import { ES } from '../../../src/core/copy/packs/es.js';
import { FR } from '../../../src/core/copy/packs/fr.js';
import * as blind from './blind2.js';
import * as heldout from './heldout.js';

const corpus = [
  ...Object.values(heldout).flatMap((v) =>
    Array.isArray(v) ? v.map((x: string | { text: string }) => (typeof x === 'string' ? x : x.text)) : [],
  ),
  ...Object.values(blind).flatMap((v) => (Array.isArray(v) ? (v as string[]) : [])),
  // shapes whose first word is optional, a number, or comes after a zero-width check
  'Sellout risk: high',
  'Promotion ends tonight',
  '12 people are viewing this',
  'Sold: 87%',
  'J. just bought this',
  'No need to hurry',
  'Over 12 in stock',
];

const lists = (pack: CopyPack) => ({
  urgency: pack.urgency,
  pressure: pack.pressure,
  confirmshaming: pack.confirmshaming.shapes,
});

const built = new Map<readonly string[], { nodes: Node[]; set: ShapeSet }>();
/** The shapes parsed one by one, and the same shapes as an indexed ShapeSet. */
function build(pack: CopyPack, shapes: readonly string[]) {
  let done = built.get(shapes);
  if (!done) {
    const words = packWords(pack);
    const classes = buildClasses(words, pack.classes);
    const parts = new ShapeParts(pack.shapeParts, words, classes);
    const nodes = shapes.map((s) => parseShape(s, words, classes, parts));
    built.set(shapes, (done = { nodes, set: new ShapeSet(shapes, words, classes, parts) }));
  }
  return done;
}

/** Where the earliest match starts, trying every shape at every token (no index). */
function bruteStart(pack: CopyPack, shapes: readonly string[], text: string): number {
  const { nodes } = build(pack, shapes);
  const { r } = compilePack(pack).read(text, tokenize(text));
  for (let i = 0; i < r.toks.length; i++) for (const node of nodes) if (matchEnd(node, r, i) > i) return i;
  return -1;
}

function indexedStart(pack: CopyPack, shapes: readonly string[], text: string): number {
  return build(pack, shapes).set.find(compilePack(pack).read(text, tokenize(text)).r)?.[0] ?? -1;
}

describe.each([EN, DE, ES, FR].map((pack) => [pack.lang, pack] as const))('shape index (%s)', (_, pack) => {
  it.each(Object.entries(lists(pack)))('never skips a matching %s shape on the test copy', (_, shapes) => {
    expect(corpus.length).toBeGreaterThan(900);
    for (const text of corpus) expect(indexedStart(pack, shapes, text), text).toBe(bruteStart(pack, shapes, text));
  });

  it('never skips a matching shape on random copy made of the shapes own words', () => {
    const all = Object.values(lists(pack)).flat();
    const vocabulary = [...new Set([...all, ...Object.values(pack.classes).flat()].join(' ').match(/[a-z]+/g))];
    const token = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom('3', '12', '80', '2026', '%', ',', '.', ':', 'x', 'the'),
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 8 }), (toks) => {
        const text = toks.join(' ');
        expect(indexedStart(pack, all, text)).toBe(bruteStart(pack, all, text));
      }),
      { numRuns: 2000, seed: 42 },
    );
  }, 60_000); // a property over many random strings: slow on a loaded 2-core machine, never a timing check
});

/** A first-word set as plain data: its words, whether a number or any token starts it, whether it can be empty. */
function firstWords(first: FirstWords) {
  const words = new Set<string>();
  for (const source of first.sources) for (const w of sourceWords(source)) words.add(w);
  return { words: [...words].sort(), num: first.num, any: first.any, nullable: first.nullable };
}

describe.each([EN, DE, ES, FR].map((pack) => [pack.lang, pack] as const))(
  'first words read unparsed (%s)',
  (_, pack) => {
    // a shape indexed from its text is parsed only when one of its first words stands in a text: the index must be
    // the one the parsed shape gives, or the shapes would be tried in another order
    it('are the parsed shape’s first words, for every shape of the pack that reads them', () => {
      const words = packWords(pack);
      const classes = buildClasses(words, pack.classes);
      const parts = new ShapeParts(pack.shapeParts, words, classes);
      const polarity = pack.confirmshaming.polarity;
      const shapes = [
        ...Object.values(lists(pack)).flat(),
        ...pack.vagueCta,
        ...pack.decline.reasonShapes,
        ...(polarity?.frames ?? []).flatMap((frame) => frame.opens),
        ...(polarity?.goodShapes ?? []),
        ...(polarity?.lossShapes ?? []),
      ];
      let read = 0;
      for (const shape of shapes) {
        const lead = leadOf(shape, classes, pack.shapeParts);
        if (!lead) continue;
        read++;
        expect(firstWords(lead), shape).toEqual(firstWords(firstOf(parseShape(shape, words, classes, parts))));
      }
      expect(read).toBeGreaterThan(shapes.length / 2);
    });

    it('leave to the parser what they cannot read exactly', () => {
      const classes = buildClasses(packWords(pack), pack.classes);
      for (const shape of [
        'a b | c d',
        '( a | ) b',
        '( a? | b ) c',
        'a? ~2',
        '( a | b )? ^',
        '( ( a ) | b )',
        '~2@x a',
        '@nowhere a',
        '=@x a',
      ])
        expect(leadOf(shape, classes, pack.shapeParts), shape).toBeNull();
    });
  },
);

// what a shape's text says a match needs, before it is parsed (a shape lacking them in a text is not parsed for it)
describe('plainNeedsOf', () => {
  it.each([
    [
      'only|just ~3 left|remaining',
      [
        ['only', 'just'],
        ['left', 'remaining'],
      ],
    ],
    ['@promo @endVerb !@calendarDate', [['@promo'], ['@endVerb']]],
    ['=full @cost', [['full'], ['@cost']]],
    ['# : # am|pm?', [['#'], [':'], ['#']]],
    ['<!the|past last #3? hour|hr', [['last'], ['hour', 'hr']]],
    ['( a b | c ) d', [['a', 'c'], ['d']]],
    ['( a? | c ) d', [['d']]],
    ['( a )? b ~2 c?', [['b']]],
    ['a b | c d', []],
    ['( a b', []],
  ])('%s', (shape, expected) => expect(plainNeedsOf(shape)).toEqual(expected));
});

// what a parsed shape needs beyond the word it starts with (the first-word index asks for that one)
describe('needs', () => {
  const words = packWords({ lang: 'xx', suffixes: [] });
  const classes = buildClasses(words, {});
  const groups = (shape: string) =>
    needs(parseShape(shape, words, classes), true).map((group) => group.flatMap((source) => [...sourceWords(source)]));
  it.each([
    ['only|just ~3 left|remaining', [['left', 'remaining']]],
    ['^ <!no hurry up', [['up']]],
    // an optional word first: a match may start at it, so the word after it is needed too ("a." is no candidate)
    ['the|a? bestseller $', [['bestseller']]],
    ['( top | best )? pick now', [['pick'], ['now']]],
  ])('%s', (shape, expected) => expect(groups(shape)).toEqual(expected));
});

// token ids start again when a pack forgets its cached keys (words.ts `trim`, past 16,384 tokens): what the shape
// indexes and the polarity scan keep by id must be made again, so the findings after it are the findings before it
describe('token ids of a new epoch', () => {
  const probes = [
    "No thanks, I'd rather pay full price",
    'Only 2 left in stock - order soon',
    'Hurry, this deal ends tonight!',
    'No thanks, I prefer missing out on savings',
    'Leaving already? Your cart will miss you',
    'Renews every year on 1 May',
  ];
  const words = (k: number) =>
    Array.from({ length: 3000 }, (_, j) => {
      let n = k * 3000 + j;
      let w = 'q';
      do {
        w += String.fromCharCode(97 + (n % 26));
        n = Math.floor(n / 26);
      } while (n);
      return w;
    }).join(' ');
  it('gives the same findings before and after the keys are forgotten', () => {
    const check = () => probes.map((text) => checkCopy(text, { locale: 'en' }));
    const before = check();
    expect(before.filter((found) => found.length).length).toBeGreaterThanOrEqual(4);
    const epoch = compilePack(EN).words.epoch;
    for (let k = 0; k < 7; k++) checkCopy(words(k), { locale: 'en' });
    check(); // the first text after the trim
    expect(compilePack(EN).words.epoch).not.toBe(epoch);
    expect(check()).toEqual(before);
  });
});
