/**
 * What a parsed shape can start with and what a text must have for it to match, read from the shape itself: the
 * first-word index and the gate of a shape set (shape-index.ts) are built from these. Words are kept as their
 * sources (a word set, or a whole class) rather than copied, so a shape that opens with a 300-word class costs no
 * more to index than one that opens with a word.
 */
import type { Node, Reading, WordClass } from './shapes.js';
import { isNumber } from './shape-match.js';

/** Where words come from: a set of words, or a class (its single words and its phrases' first words). */
export type WordSource = ReadonlySet<string> | WordClass;

/** The source a number token meets (`#`). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['#']);

const isClass = (source: WordSource): source is WordClass => 'single' in source;

export function sourceHas(source: WordSource, key: string): boolean {
  return isClass(source) ? source.single.has(key) || source.phrases.has(key) : source.has(key);
}

export function sourceSize(source: WordSource): number {
  return isClass(source) ? source.single.size + source.phrases.size : source.size;
}

/** A source's words (a class: its single words, then its phrases' first words); no generator, cheap when cold. */
export function sourceWords(source: WordSource): Iterable<string> {
  return isClass(source) ? [...source.single, ...source.phrases.keys()] : source;
}

/** Calls `fn` with each of a source's words, in sourceWords' order (forEach: cold code allocates nothing per word). */
export function eachSourceWord(source: WordSource, fn: (word: string) => void): void {
  if (isClass(source)) {
    source.single.forEach((word) => fn(word));
    source.phrases.forEach((_, word) => fn(word));
  } else source.forEach((word) => fn(word));
}

const CLASS_WORDS = new WeakMap<WordClass, ReadonlySet<string>>();
/** The words a class's match starts with (its single words and its phrases' first words), once per class. */
export function classWords(cls: WordClass): ReadonlySet<string> {
  let set = CLASS_WORDS.get(cls);
  if (!set) CLASS_WORDS.set(cls, (set = new Set(sourceWords(cls))));
  return set;
}

/** The text's keys as one set (and `#` when it has a number), built on first use. */
export function keySet(r: Reading): ReadonlySet<string> {
  if (r.keySet) return r.keySet;
  const set = new Set<string>();
  for (let i = 0; i < r.keys.length; i++) {
    for (const key of r.keys[i]!) set.add(key);
    if (isNumber(r.toks[i])) set.add('#');
  }
  return (r.keySet = set);
}

/** A needed group: the text meets it when one of its sources has one of the text's keys. */
export type Needed = readonly WordSource[];

const groupSize = (group: Needed) => group.reduce((n, source) => n + sourceSize(source), 0);
/** The length of a small group's shortest word (0 for classes): longer words are rarer in copy. */
const wordLength = (group: Needed) => {
  let shortest = Infinity;
  for (const source of group) {
    if ('single' in source) return 0;
    for (const word of source) shortest = Math.min(shortest, word.length);
  }
  return shortest === Infinity ? 0 : shortest;
};
/** How many needed groups alternatives give at most (each more costs a little in every token's memo). */
const PICKS = 2;

/**
 * What the text must have for `node` to match: groups, each of which must meet the text's keys ("#" stands for
 * a number). For a sequence, one group per required item after the first (the first-word index already asks for
 * that one, unless an optional word may come before it); for alternatives, one group: each option's smallest. A necessary condition, so skipping a shape whose
 * groups the text misses changes no result (test/core/copy/shape-index.test.ts).
 */
export function needs(node: Node, skipFirst: boolean): Needed[] {
  switch (node.k) {
    case 'words':
    case 'exact':
      return skipFirst ? [] : [[node.set]];
    case 'class':
      return skipFirst ? [] : [[node.cls]];
    case 'num':
      return skipFirst ? [] : [[NUMBER_WORDS]];
    case 'alt': {
      // One of the options matches, so for any choice of one group per option, their union is needed. Up to
      // PICKS such unions, each option's groups taken smallest first, and of equal ones the longest words first
      // (rarer in copy: "thought you cared" gives "cared", not "you").
      const options: Needed[][] = [];
      for (const option of node.options) {
        const groups = needs(option, skipFirst);
        if (!groups.length) return [];
        options.push([...groups].sort((x, y) => groupSize(x) - groupSize(y) || wordLength(y) - wordLength(x)));
      }
      const picks = Math.min(PICKS, ...options.map((groups) => groups.length));
      return Array.from({ length: picks }, (_, pick) => options.flatMap((groups) => groups[pick]!));
    }
    case 'seq': {
      const out: Needed[] = [];
      // the first required item is the start token's only when nothing before it can take a token: after an
      // optional word ("our|the|a? … =bestseller") a match may start at that word, so the item is needed too
      let first = skipFirst;
      for (const item of node.items) {
        if (canBeEmpty(item)) {
          first &&= isZeroWidth(item);
          continue;
        }
        out.push(...needs(item, first));
        first = false;
      }
      return out;
    }
    default:
      return [];
  }
}

/** Whether `node` matches no token, ever (a check of what is around it: `^`, `$`, `!x`, `<!x`, `<x`). */
const isZeroWidth = (node: Node) =>
  node.k === 'start' || node.k === 'end' || node.k === 'not' || node.k === 'notBefore' || node.k === 'before';

/** Whether `node` can match no token at all (firstOf's `nullable`, without collecting words). */
function canBeEmpty(node: Node): boolean {
  switch (node.k) {
    case 'words':
    case 'exact':
    case 'class':
    case 'num':
      return false;
    case 'gap':
      return !node.min;
    case 'alt':
      return node.options.some(canBeEmpty);
    case 'seq':
      return node.items.every(canBeEmpty);
    default:
      return true;
  }
}

export interface FirstWords {
  /** The lookup keys a match can start with, by source. */
  sources: WordSource[];
  /** It can start with a number. */
  num: boolean;
  /** It can start anywhere (the shape is tried at every token). */
  any: boolean;
  /** It can match nothing. */
  nullable: boolean;
}

/** What a match of `node` can start with, for the first-word index. */
export function firstOf(node: Node): FirstWords {
  const out: FirstWords = { sources: [], num: false, any: false, nullable: false };
  switch (node.k) {
    case 'words':
    case 'exact':
      out.sources.push(node.set);
      return out;
    case 'class':
      out.sources.push(node.cls);
      return out;
    case 'num':
      out.num = true;
      return out;
    case 'gap':
    case 'rest':
      out.any = true;
      out.nullable = !(node.k === 'gap' && node.min);
      return out;
    case 'repeat':
    case 'opt':
      return { ...firstOf(node.node), nullable: true };
    case 'end':
    case 'start':
    case 'not':
    case 'notBefore':
    case 'before':
      out.nullable = true;
      return out;
    case 'alt':
      for (const option of node.options) {
        const first = firstOf(option);
        out.sources.push(...first.sources);
        out.num ||= first.num;
        out.any ||= first.any;
        out.nullable ||= first.nullable;
      }
      return out;
    case 'seq':
      out.nullable = true;
      for (const item of node.items) {
        const first = firstOf(item);
        out.sources.push(...first.sources);
        out.num ||= first.num;
        out.any ||= first.any;
        if (!first.nullable) {
          out.nullable = false;
          break;
        }
      }
      return out;
  }
}
