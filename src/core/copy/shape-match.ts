/**
 * The shape matcher: where a parsed shape (shapes.ts) can end when it starts at a token, as a bit mask of
 * offsets. Bounded work per node and token, no closures and no allocation, so a shape tried at every token stays
 * linear and cheap.
 */
import type { Node, OptionsByWord, Reading } from './shapes.js';

/** Offsets a mask can hold (a shape matches at most MAX_SPAN tokens), and the "to the end" bit. */
const MAX_SPAN = 29;
const SPAN_BITS = (1 << (MAX_SPAN + 1)) - 1;
const REST = 1 << 30;
/** How far back `<!x` looks for a phrase of x that ends before the token. */
const MAX_BEFORE = 4;

const CLAUSE_END: ReadonlySet<string> = new Set(['.', ',', ':']);
export const isClauseEnd = (t: string | undefined) => t === undefined || CLAUSE_END.has(t);
export const isNumber = (t: string | undefined, digits = 12) =>
  !!t && t.length <= digits && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;

const hasWord = (keys: readonly string[] | undefined, word: string) => {
  if (!keys) return false;
  for (let k = 0; k < keys.length; k++) if (keys[k] === word) return true;
  return false;
};

const hasKey = (keys: readonly string[] | undefined, set: ReadonlySet<string>) => {
  if (!keys) return false;
  for (const key of keys) if (set.has(key)) return true;
  return false;
};

/**
 * Where `node` can end when it starts at token i, as a bit mask of offsets: bit k set means it can match the
 * k tokens i … i+k-1 (bit 0: it can match nothing). Offsets past MAX_SPAN are dropped; bit REST means "to the
 * end of the text" (`...`). No closures and no allocation: a shape tried at every token stays cheap.
 */
export function ends(node: Node, r: Reading, i: number): number {
  const toks = r.toks;
  // the kinds in order of how often a check meets them (a switch on strings tests its cases one by one)
  switch (node.k) {
    case 'seq': {
      let mask = 1;
      const items = node.items;
      // a lookbehind that opens the sequence ("<!@yours @num …") is asked last, when the words after it match:
      // most tries fail on those words, and it matches no token (0 or 1), so the order changes nothing
      const first = items[0];
      const behind = items.length > 1 && (first!.k === 'notBefore' || first!.k === 'before');
      for (let n = behind ? 1 : 0; n < items.length; n++) {
        const item = items[n]!;
        let next = mask & REST;
        // only the offsets the sequence can reach so far (usually one or two bits)
        for (let bits = mask & SPAN_BITS; bits; bits &= bits - 1) {
          const b = 31 - Math.clz32(bits & -bits);
          next |= (ends(item, r, i + b) << b) & SPAN_BITS;
        }
        mask = next;
        if (!mask) return 0;
      }
      return behind && !ends(first!, r, i) ? 0 : mask;
    }
    case 'words':
      return (node.one !== undefined ? hasWord(r.keys[i], node.one) : hasKey(r.keys[i], node.set)) ? 2 : 0;
    case 'class': {
      const keys = r.keys[i];
      if (!keys) return 0;
      let mask = hasKey(keys, node.cls.single) ? 2 : 0;
      if (node.cls.phrases.size)
        for (const key of keys) {
          const phrases = node.cls.phrases.get(key);
          if (!phrases) continue;
          for (const rest of phrases) {
            let k = 0;
            while (k < rest.length && hasWord(r.keys[i + 1 + k], rest[k]!)) k++;
            if (k === rest.length && k + 1 <= MAX_SPAN) mask |= 1 << (k + 1);
          }
        }
      return mask;
    }
    case 'alt': {
      let mask = 0;
      const options = node.options;
      // null is a worked-out answer (no index pays here), so only undefined asks again (`??=` would ask every time)
      if (options.length >= MANY_OPTIONS && node.byWord === undefined) node.byWord = optionsByWord(options);
      const byWord = options.length >= MANY_OPTIONS ? node.byWord : null;
      if (!byWord) {
        for (const option of options) mask |= ends(option, r, i);
        return mask;
      }
      // only the options whose first word the token has (the others match nothing here), and those that open otherwise
      for (const k of byWord.always) mask |= ends(options[k]!, r, i);
      const keys = r.keys[i];
      if (keys)
        for (const key of keys) {
          const list = byWord.byWord.get(key);
          if (list) for (const k of list) mask |= ends(options[k]!, r, i);
        }
      return mask;
    }
    case 'opt':
      return 1 | ends(node.node, r, i);
    case 'gap': {
      let mask = node.min ? 0 : 1;
      for (let k = 0; k < node.max && i + k < toks.length && !CLAUSE_END.has(toks[i + k]!); k++) {
        if (node.except && ends(node.except, r, i + k) & ~1) break;
        mask |= 1 << (k + 1);
      }
      return mask;
    }
    case 'num':
      return isNumber(toks[i], node.digits) ? 2 : 0;
    case 'exact': {
      const key = r.keys[i]?.[0];
      return key !== undefined && node.set.has(key) ? 2 : 0;
    }
    case 'notBefore':
      // a match of x (a word or a phrase) that ends right before i
      for (let back = 1; back <= MAX_BEFORE && back <= i; back++)
        if (ends(node.node, r, i - back) & (1 << back)) return 0;
      return 1;
    case 'not':
      if (node.within) {
        for (let k = 0; k < node.within && i + k < toks.length && !CLAUSE_END.has(toks[i + k]!); k++)
          if (ends(node.node, r, i + k) & ~1) return 0;
        return 1;
      }
      return ends(node.node, r, i) & ~1 ? 0 : 1;
    case 'repeat': {
      let mask = 1;
      let frontier = 1;
      for (let step = 0; step < node.max && frontier; step++) {
        let next = 0;
        for (let bits = frontier; bits; bits &= bits - 1) {
          const b = 31 - Math.clz32(bits & -bits);
          next |= ((ends(node.node, r, i + b) & ~1) << b) & SPAN_BITS;
        }
        frontier = next & ~mask;
        mask |= next;
      }
      return mask;
    }
    case 'start':
      return i === 0 || isClauseEnd(toks[i - 1]) ? 1 : 0;
    case 'end':
      return isClauseEnd(toks[i]) ? 1 : 0;
    case 'before':
      for (let back = 1; back <= MAX_BEFORE && back <= i; back++)
        if (ends(node.node, r, i - back) & (1 << back)) return 1;
      return 0;
    case 'rest':
      return toks.length - i <= MAX_SPAN ? 1 << (toks.length - i) : REST;
  }
}

/** Alternatives with this many options are read by their options' first words ("( have it your way | suit yourself | … )"). */
const MANY_OPTIONS = 6;

/**
 * An alternative's options by the word they must open with: a word set, or a sequence that opens with one. An option
 * whose first word the token lacks matches nothing there, so trying only the others gives the same mask. Null when
 * fewer than two options open with a word (nothing to gain).
 */
function optionsByWord(options: readonly Node[]): OptionsByWord | null {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  options.forEach((option, k) => {
    const first = option.k === 'seq' ? option.items[0] : option;
    if (first?.k !== 'words') return void always.push(k);
    for (const word of first.set) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  return options.length - always.length >= 2 ? { byWord, always } : null;
}

/** The first token after the shortest non-empty match of `node` at i that ends by `to`, or -1. */
export function matchEnd(node: Node, r: Reading, i: number, to = r.toks.length): number {
  const mask = ends(node, r, i);
  if (!mask) return -1;
  for (let b = 1; b <= MAX_SPAN && i + b <= to; b++) if (mask & (1 << b)) return i + b;
  return mask & REST && to === r.toks.length && to > i ? to : -1;
}

/** The first token after the longest non-empty match of `node` at i that ends by `to`, or -1. */
export function longestEnd(node: Node, r: Reading, i: number, to = r.toks.length): number {
  const mask = ends(node, r, i);
  if (!mask) return -1;
  if (mask & REST && to === r.toks.length && to > i) return to;
  for (let b = Math.min(MAX_SPAN, to - i); b >= 1; b--) if (mask & (1 << b)) return i + b;
  return -1;
}

/** Whether `node` can match exactly the tokens [i, to). */
export function matchesExactly(node: Node, r: Reading, i: number, to: number): boolean {
  const mask = ends(node, r, i);
  return to - i <= MAX_SPAN ? !!(mask & (1 << (to - i))) : !!(mask & REST) && to === r.toks.length;
}
