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
  /**
   * Forgets the cached keys when there are more than MAX_TOKENS of them (a long-lived page reads ever new tokens):
   * called before a text is read, never during, so the ids of one text's tokens are of one `epoch`.
   */
  trim(): void;
  /** Changes whenever token ids start again (a new PackWords, or `trim` forgot them): unique across packs. */
  readonly epoch: number;
}

/**
 * A token's lookup keys, with the token's id: a small number, the same for the same token string (within one
 * `epoch`), by which shape indexes and the polarity scan keep what they worked out about the token in flat
 * typed arrays (shape-index.ts), not in objects hanging off the token.
 */
export type TokenKeys = readonly string[] & { id: number };

/** How many tokens' keys a pack keeps (dev.csv and bench/real's English reading together are ~6,000). */
const MAX_TOKENS = 16_384;
let epochs = 0;

export function packWords(
  pack: Pick<CopyPack, 'lang' | 'suffixes' | 'undoubleConsonant' | 'splitApostrophes' | 'compoundHeads'>,
) {
  const cache = new Map<string, TokenKeys>();
  let ids = 0;
  let epoch = ++epochs;
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
      if (!k) cache.set(token, (k = Object.assign(bases(fold(token)), { id: ids++ })));
      return k;
    },
    trim() {
      if (cache.size <= MAX_TOKENS) return;
      cache.clear();
      ids = 0;
      epoch = ++epochs;
    },
    get epoch() {
      return epoch;
    },
  };
  return words;
}

export const wordKeys = (words: PackWords, toks: readonly string[]) => toks.map((t) => words.keys(t));
