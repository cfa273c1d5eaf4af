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
 * that one); for alternatives, one group: each option's smallest. A necessary condition, so skipping a shape whose
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
      let first = true;
      for (const item of node.items) {
        if (canBeEmpty(item)) continue;
        out.push(...needs(item, first && skipFirst));
        first = false;
      }
      return out;
    }
    default:
      return [];
  }
}

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

/** Zero-width elements: they match no token, so a shape's first words are those of what follows them. */
const ZERO_WIDTH = /^(?:\^|\$|<!?.|!.)/;
const PLAIN = /^[a-z0-9]+$/;
/** Plain words first ("only|just …", "24|48 hours …"); a "|" followed by a space may separate alternatives. */
const PLAIN_LEAD = /^((?:[a-z]+|[0-9]+)(?:\|(?:[a-z]+|[0-9]+))*)(?:\s|$)/;
const SEPARATOR = /\|\s/;

/**
 * The first words of a shape read from its text, without parsing it, for the shapes whose opening is simple: plain
 * words and classes (`only|just`, `@promo`, `=ends|ending`, `#`), after zero-width checks (`^`, `<!x`), or a group
 * whose every alternative opens that way (`( dont | do not ) …`). Exactly what `firstOf` gives for the parsed
 * shape (tested), so the index is the same; null for any other opening (the shape is parsed to be indexed).
 */
export function leadOf(
  source: string,
  classes: ReadonlyMap<string, WordClass>,
  parts?: Readonly<Record<string, string>>,
  depth = 0,
): FirstWords | null {
  // most shapes open with plain words and have no "| " anywhere: read with one regular expression, no split
  const plain = SEPARATOR.test(source) ? null : PLAIN_LEAD.exec(source);
  if (plain) return { sources: [new Set(plain[1]!.split('|'))], num: false, any: false, nullable: false };
  const tokens = source.match(/\(|\)\??|\|(?=\s)|[^\s()]+/g) ?? [];
  // alternatives at the top ("a b | c d") are left to the parser
  let level = 0;
  for (const part of tokens)
    if (part === '(') level++;
    else if (part.startsWith(')')) level--;
    else if (part === '|' && !level) return null;
  const out: FirstWords = { sources: [], num: false, any: false, nullable: false };
  const words = new Set<string>();
  /** Adds a simple element's first words (`a|b`, `@class`, `=a`, `#`, a shape part that opens so); false if not simple. */
  const element = (part: string | undefined): boolean => {
    if (!part || part.endsWith('?') || part === '(' || part.startsWith(')') || part === '|') return false;
    if (/^#\d*$/.test(part)) return (out.num = true);
    const exact = part.startsWith('=');
    for (const alternative of (exact ? part.slice(1) : part).split('|')) {
      if (alternative.startsWith('@') && !exact) {
        const name = alternative.slice(1);
        const cls = classes.get(name);
        if (cls) out.sources.push(cls);
        else {
          // a shape part: its own opening, when that is simple and never empty
          const shape = parts && Object.prototype.hasOwnProperty.call(parts, name) ? parts[name]! : undefined;
          const inner = shape !== undefined && depth < 3 ? leadOf(shape, classes, parts, depth + 1) : null;
          if (!inner || inner.nullable || inner.any) return false;
          out.sources.push(...inner.sources);
          out.num ||= inner.num;
        }
      } else if (PLAIN.test(alternative)) words.add(alternative);
      else return false;
    }
    return true;
  };
  // what can be empty before the first required element adds its words and the reading goes on
  for (let at = 0; ; at++) {
    const part = tokens[at];
    if (part === undefined) return null; // the shape can match nothing: the parser says so
    if (ZERO_WIDTH.test(part)) continue;
    if (part !== '(') {
      const optional = part.endsWith('?') && part.length > 1;
      if (!element(optional ? part.slice(0, -1) : part)) return null;
      if (optional) continue;
      break;
    }
    // a group: the first element of each alternative (none nested, empty or optional)
    let opened = true; // an alternative has begun and its first element is still to come
    for (at++; ; at++) {
      const inner = tokens[at];
      if (inner === undefined || inner === '(') return null;
      if (inner === ')' || inner === ')?' || inner === '|') {
        if (opened) return null;
        if (inner !== '|') break;
        opened = true;
      } else if (opened) {
        if (!element(inner)) return null;
        opened = false;
      }
    }
    if (tokens[at] === ')') break; // a required group ends the opening; after an optional one, read on
  }
  if (words.size) out.sources.unshift(words);
  return out;
}
