/**
 * The first-word gate (first-words.ts) must never skip a pattern that matches: it is a necessary condition,
 * so checkCopy gives the same findings with or without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWords, GatedPatterns } from '../../../src/core/copy/first-words.js';
import {
  ACTIVITY_WORD,
  CONFIRMSHAMING,
  FALSE_URGENCY,
  PRESSURE,
  RELATIVE_TIME,
} from '../../../src/core/copy/packs/en-patterns.js';
import { tokenize } from '../../../src/core/copy/tokens.js';
import * as blind from './blind2.js';
import * as heldout from './heldout.js';

const LISTS = {
  CONFIRMSHAMING,
  FALSE_URGENCY,
  PRESSURE,
  RELATIVE_TIME: [RELATIVE_TIME],
  ACTIVITY_WORD: [ACTIVITY_WORD],
};

const corpus = [
  ...Object.values(heldout).flatMap((v) =>
    Array.isArray(v) ? v.map((x: string | { text: string }) => (typeof x === 'string' ? x : x.text)) : [],
  ),
  ...Object.values(blind).flatMap((v) => (Array.isArray(v) ? (v as string[]) : [])),
  // shapes where the first word is optional, a prefix or a number
  'Sellout risk: high',
  'sell out risk',
  'Promotion ends tonight',
  'Offers end soon',
  '12 people are viewing this',
  'Sold: 87%',
  'J. just bought this',
];

/** Patterns whose regex matches copy the gate excluded. */
function gatedOut(list: readonly string[], text: string): string[] {
  const t = tokenize(text);
  const gate = new Set(new GatedPatterns(list).candidates(t.toks));
  return list.filter((p, k) => !gate.has(k) && new RegExp(p).test(t.s));
}

describe('first-word gate', () => {
  it('reads the first words of the shapes patterns.ts writes', () => {
    expect(firstWords(' (?:only|just) (?:left) ')).toEqual(['only ', 'just ']);
    expect(firstWords(' (?:(?:a|the) )?(?:offer|deal)s? ')).toEqual(['a ', 'the ', 'offer', 'deal']);
    expect(firstWords(' (?:sell ?out) ')).toEqual(['sell']);
    expect(firstWords(' (?:days?) ')).toEqual(['day']);
    expect(firstWords('(?<! (?:no|not)) hurry ')).toEqual(['hurry ']);
    expect(firstWords(String.raw` \d{1,3} left `)).toEqual('0123456789'.split(''));
    expect(firstWords('(?: (?:a) | (?:b) )')).toEqual(['a ', 'b ']);
    expect(firstWords(' [a-z] \\. ')).toBeNull();
    expect(firstWords('^ (?:ok) $')).toBeNull();
    expect(firstWords(' (?:(?:a) |)(?:b) ')).toEqual(['a ', 'b ']);
  });

  it('gates most patterns (the ones that always run are few)', () => {
    const ungated = Object.values(LISTS).reduce((n, list) => n + new GatedPatterns(list).ungated, 0);
    expect(ungated).toBeLessThanOrEqual(2);
  });

  it.each(Object.entries(LISTS))('never skips a matching %s pattern on the test copy', (_, list) => {
    expect(corpus.length).toBeGreaterThan(900);
    for (const text of corpus) expect(gatedOut(list, text), text).toEqual([]);
  });

  it('never skips a matching pattern on random copy made of the patterns own words', () => {
    const vocabulary = [
      ...new Set(
        Object.values(LISTS)
          .flat()
          .join(' ')
          .match(/[a-z]+/g),
      ),
    ];
    const token = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom('3', '12', '80', '%', ',', '.', ':', 'x', 'the'),
    );
    const all = Object.values(LISTS).flat();
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 8 }), (words) => {
        expect(gatedOut(all, words.join(' '))).toEqual([]);
      }),
      { numRuns: 3000, seed: 42 },
    );
  }, 60_000); // a property over many random strings: slow on a loaded 2-core machine, never a timing check
});
