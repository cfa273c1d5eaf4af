/**
 * How a pack reads a word: accents folded (ó → o, ü → u: copy is often typed without them), then the base
 * forms its suffixes give ("ofertas" → "oferta", "ending" → "end"). A token's lookup keys are its folded
 * form and those bases; a class or shape word matches a token when it is one of the token's keys.
 */
import type { CopyPack } from './pack.js';
import { tokenize } from './tokens.js';

const COMBINING = /\p{M}/gu;
const PLAIN = /^[a-z ]+$/;

/**
 * U+00C0 … U+017F (Latin-1 letters and Latin Extended-A) as `fold` makes them, one character each: a word of these
 * and ASCII is folded letter by letter, without Unicode normalization (whose first use costs a first check ~0.5 ms).
 * Exactly the normalized answer (test/core/copy/tokens.test.ts), since none of these is a combining mark.
 */
const LATIN =
  'AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ';

/** Lower-case, accents removed; ASCII passes through untouched (the common case, and the fast one). */
export function fold(token: string): string {
  for (let i = 0; i < token.length; i++) {
    if (token.charCodeAt(i) < 128) continue;
    // Latin letters (most accented copy): by the table; anything else (a combining mark, another script) normalized
    let out = token.slice(0, i);
    for (let j = i; j < token.length; j++) {
      const code = token.charCodeAt(j);
      if (code < 128) out += token[j];
      else if (code >= 0xc0 && code <= 0x17f) out += LATIN[code - 0xc0];
      else return token.normalize('NFD').replace(COMBINING, '').normalize('NFC');
    }
    return out;
  }
  return token;
}

export interface PackWords {
  lang: string;
  /** The tokens an entry of a pack becomes (as copy would be tokenized), folded. */
  literal(entry: string): string[];
  /** A token's lookup keys: its folded form, then its base forms. Cached: the same list for the same token. */
  keys(token: string): TokenKeys;
}

/**
 * A token's lookup keys, with a memo slot per shape set (shape-set.ts): what a set has worked out about the
 * token (the shapes it can start, the needed sets it meets) is kept with the keys, one array index away.
 */
export type TokenKeys = readonly string[] & { memo: unknown[] };

let slots = 0;
/** A new memo slot (one per shape set or polarity lexicon): its index in every token's `memo`. */
export const memoSlot = () => slots++;

export function packWords(
  pack: Pick<CopyPack, 'lang' | 'suffixes' | 'undoubleConsonant' | 'splitApostrophes' | 'compoundHeads'>,
) {
  const cache = new Map<string, TokenKeys>();
  const suffixes = pack.suffixes;
  const heads = (pack.compoundHeads ?? []).map(fold);
  const undouble = !!pack.undoubleConsonant;
  const bases = (word: string): string[] => {
    const out = [word];
    const n = word.length;
    for (const [suffix, replacement] of suffixes) {
      if (n < suffix.length + 2 || !word.endsWith(suffix)) continue;
      const stem = word.slice(0, n - suffix.length);
      const base = stem + replacement;
      if (!out.includes(base)) out.push(base);
      // doubled consonant: getting → get, scammed → scam
      if (undouble && stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
    }
    // a compound's head, after at least 3 letters of its first part: Neukundenrabatt → rabatt
    if (heads.length)
      for (let k = 0, bases = out.length; k < bases; k++)
        for (const head of heads)
          if (out[k]!.length >= head.length + 3 && out[k]!.endsWith(head) && !out.includes(head)) out.push(head);
    return out;
  };
  const words: PackWords = {
    lang: pack.lang,
    // plain lower-case ASCII words (most entries) are their own tokens: no need to run the tokenizer on them
    literal: (entry) =>
      PLAIN.test(entry)
        ? // one word (most shape words): no split, no filter (a first call reads thousands)
          entry.indexOf(' ') < 0
          ? [entry]
          : entry.split(' ').filter(Boolean)
        : tokenize(entry, { splitApostrophes: pack.splitApostrophes }).toks.map(fold),
    keys(token) {
      let k = cache.get(token);
      if (!k) {
        if (cache.size > 8192) cache.clear();
        k = Object.assign(bases(fold(token)), { memo: [] as unknown[] });
        cache.set(token, k);
      }
      return k;
    },
  };
  return words;
}

export const wordKeys = (words: PackWords, toks: readonly string[]) => toks.map((t) => words.keys(t));
