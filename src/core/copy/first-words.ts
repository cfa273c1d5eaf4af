/**
 * A cheap gate in front of the copy patterns: the literal words a pattern's match can start with.
 *
 * Compiling a regular expression is the slow part of the first checkCopy call in a page or process (V8
 * compiles on first use, ~0.5–3 ms for each of the larger patterns). Most copy cannot match most patterns:
 * "Add to cart" never starts a pressure claim with "only", "last" or a number. So each pattern is read once,
 * here, for the words its match must start with; a pattern runs (and is compiled) only when a token of the
 * copy starts with one of them. That is a necessary condition, so results are the same with or without it
 * (test/core/copy/first-words.test.ts checks that over every test string).
 *
 * The reader understands the subset of regex syntax patterns.ts writes: literal words, "(?:…)" groups with
 * "|", the quantifiers ? * {m,n}, and zero-width look-arounds (skipped). Anything else where the first word
 * is read ([...], ^, $, ".") means "could start with anything": such a pattern always runs; \d means a digit.
 */

/**
 * What the first token of a match must be: "word " (a trailing space) for the whole token, "pre" for a prefix
 * of it; null when the pattern can start with any token.
 */
export function firstWords(source: string): string[] | null {
  // A pattern that is one group of alternatives ("(?: a …|(?<! x) b …)"): the union of its alternatives.
  if (source.startsWith('(?:') && skipGroup(source, 0) === source.length) {
    const words: string[] = [];
    for (const alt of topLevelAlternatives(source, 3, source.length - 1)) {
      const w = firstWords(alt);
      if (!w) return null;
      words.push(...w);
    }
    return [...new Set(words)];
  }
  let i = 0;
  // Leading look-behinds are zero-width: "(?<! (?:no|not)) hurry " starts with "hurry".
  while (source.startsWith('(?<', i)) i = skipGroup(source, i);
  if (source[i] !== ' ') return null;
  const r = readSeq(source, i + 1, source.length);
  return r.words && !r.nullable && !r.words.includes('') ? [...new Set(r.words)] : null;
}

interface Read {
  /** Prefixes of the first token, or null for "anything". */
  words: string[] | null;
  /** The sequence can match the empty string (so what follows it may start the token). */
  nullable: boolean;
}

const DIGITS = '0123456789'.split('');
const QUANT = new Set(['?', '*', '{']);
const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '?', '*', '+', '|', '\\', '^', '$', '.']);

/**
 * The first-token words of the sequence source[from, to). `spaceAfter`: the sequence is followed by a token
 * boundary (a group followed by " "), so a literal that reaches `to` is a whole token.
 */
function readSeq(src: string, from: number, to: number, spaceAfter = false): Read {
  const words: string[] = [];
  let i = from;
  while (i < to) {
    const c = src[i]!;
    if (c === '(' && (src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<', i))) {
      i = skipGroup(src, i); // look-around: zero-width
      continue;
    }
    if (c === '(') {
      if (!src.startsWith('(?:', i)) return { words: null, nullable: false };
      const end = skipGroup(src, i);
      const q = quantifier(src, end);
      const inner = readAlt(src, i + 3, end - 1, src[q.end] === ' ' && !QUANT.has(src[q.end + 1] ?? '')); // "(?:" … ")"
      if (!inner.words) return { words: null, nullable: false };
      words.push(...inner.words);
      if (!inner.nullable && !q.nullable) return { words, nullable: false };
      i = q.end;
      continue;
    }
    // a number: "\d{1,12} …" starts with a digit
    if (c === '\\' && src[i + 1] === 'd') return { words: [...words, ...DIGITS], nullable: false };
    if (SPECIAL.has(c) || c === ' ') return { words: null, nullable: false };
    // a literal run up to the end of the token
    let j = i;
    while (j < to && !SPECIAL.has(src[j]!) && src[j] !== ' ') j++;
    // A whole word ends at a space (not an optional one, "sell ?out"): it must equal the token (kept as
    // "word "). Otherwise it is a prefix:
    // "promo(?:tion)?s?" starts with "promo"; a quantifier binds to the last character only ("days?" → "day").
    const whole = (src[j] === ' ' && !QUANT.has(src[j + 1] ?? '') && src[j + 1] !== '+') || (j === to && spaceAfter);
    const word = whole
      ? src.slice(i, j) + ' '
      : src[j] === ' ' || j === to
        ? src.slice(i, j)
        : QUANT.has(src[j] ?? '')
          ? src.slice(i, j - 1)
          : src.slice(i, j);
    words.push(word);
    return { words, nullable: false };
  }
  return { words, nullable: true };
}

/** The alternatives "a|b|c" of source[from, to) at top level. */
function readAlt(src: string, from: number, to: number, spaceAfter: boolean): Read {
  const words: string[] = [];
  let nullable = false;
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '[') i = src.indexOf(']', i);
    if (i === to || (c === '|' && depth === 0)) {
      const r = readSeq(src, start, i, spaceAfter);
      if (!r.words) return { words: null, nullable: false };
      words.push(...r.words);
      nullable ||= r.nullable;
      start = i + 1;
    }
  }
  return { words, nullable };
}

/** The alternatives of source[from, to) split at top-level "|". */
function topLevelAlternatives(src: string, from: number, to: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = src.indexOf(']', i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start, to));
  return out;
}

/** Index after the group that opens at src[at] === '('. */
function skipGroup(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = src.indexOf(']', i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** The quantifier after a group: whether it allows zero repetitions, and where it ends. */
function quantifier(src: string, at: number): { nullable: boolean; end: number } {
  const c = src[at];
  if (c === '?' || c === '*') return { nullable: true, end: at + 1 };
  if (c === '+') return { nullable: false, end: at + 1 };
  if (c === '{') {
    const close = src.indexOf('}', at);
    return { nullable: src[at + 1] === '0', end: close + 1 };
  }
  return { nullable: false, end: at };
}

const NONE: number[] = [];

/**
 * Patterns gated by their first words, compiled on first use. `candidates(toks)` yields, in pattern order,
 * the regexes that can match copy with these tokens.
 */
export class GatedPatterns {
  private readonly sources: readonly string[];
  private readonly compiled: (RegExp | undefined)[];
  /** Patterns that can start with any token. */
  private readonly always: number[] = [];
  /** "word " or prefix → patterns whose match can start with it. */
  private readonly byPrefix = new Map<string, number[]>();
  private longest = 0;
  private readonly seen: Uint8Array;
  private readonly byToken = new Map<string, readonly number[]>();

  constructor(sources: readonly string[]) {
    this.sources = sources;
    this.compiled = new Array(sources.length);
    this.seen = new Uint8Array(sources.length);
    sources.forEach((src, k) => {
      const words = firstWords(src);
      if (!words) return void this.always.push(k);
      for (const w of words) {
        const list = this.byPrefix.get(w);
        if (list) list.push(k);
        else this.byPrefix.set(w, [k]);
        if (w.length > this.longest) this.longest = w.length;
      }
    });
  }

  /** Indexes of the patterns that may match, in pattern order. */
  candidates(toks: readonly string[]): number[] {
    const seen = this.seen;
    seen.fill(0);
    for (const k of this.always) seen[k] = 1;
    let any = this.always.length > 0;
    for (const t of toks) {
      const list = this.forToken(t);
      if (list.length) any = true;
      for (const k of list) seen[k] = 1;
    }
    if (!any) return NONE;
    const out: number[] = [];
    for (let k = 0; k < seen.length; k++) if (seen[k]) out.push(k);
    return out;
  }

  /** The patterns a token can start (as a whole word or by a prefix), cached: copy repeats its words. */
  private forToken(t: string): readonly number[] {
    let list = this.byToken.get(t);
    if (list) return list;
    const found = new Set<number>();
    const exact = this.byPrefix.get(t + ' ');
    if (exact) for (const k of exact) found.add(k);
    const n = Math.min(t.length, this.longest);
    for (let len = 1; len <= n; len++) {
      const byLen = this.byPrefix.get(t.slice(0, len));
      if (byLen) for (const k of byLen) found.add(k);
    }
    list = found.size ? [...found] : NONE;
    if (this.byToken.size > 8192) this.byToken.clear();
    this.byToken.set(t, list);
    return list;
  }

  regex(k: number): RegExp {
    return (this.compiled[k] ??= new RegExp(this.sources[k]!));
  }

  /** How many patterns always run (tests and the benchmark report it). */
  get ungated(): number {
    return this.always.length;
  }
}
