/**
 * The shape language: word orders over tokens, compiled once per pack into small matchers.
 *
 *   word        this word or one of its inflected forms (pack suffixes); accents never matter
 *   a|b|c       one of these words
 *   @name       a word class of the pack (an entry may be a phrase: "free shipping")
 *   #           a number token ("2", "1446")
 *   ~N          up to N words of the same clause (N ≤ 6)
 *   x?          x is optional
 *   ( … | … )   alternatives of sequences; `( … )?` optional
 *   !x          zero-width: the next word is not x (x a word, a|b or @class)
 *   <!x         zero-width: the word before is not x
 *   $           zero-width: a clause ends here (. , :) or the text does
 *   ^           zero-width: the text or a clause starts here
 *   ...         the rest of the text, whatever it is (for whole-label shapes: "click here ...")
 *
 * A literal that the tokenizer splits ("add-on", "don't") is read as the tokens it becomes ("add on", "dont").
 * Every element matches a bounded number of tokens, so a shape tried at each token is linear in the text.
 */
import { wordKeys, type PackWords } from './words.js';

export type Node =
  | { k: 'words'; set: ReadonlySet<string> }
  | { k: 'class'; name: string; cls: WordClass }
  | { k: 'num' }
  | { k: 'gap'; max: number }
  | { k: 'end' }
  | { k: 'start' }
  | { k: 'rest' }
  | { k: 'not'; node: Node }
  | { k: 'notBefore'; node: Node }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; options: Node[] }
  | { k: 'opt'; node: Node };

/** A word class: single words (matched with their inflections) and phrases by their first word. */
export interface WordClass {
  single: Set<string>;
  phrases: Map<string, string[][]>;
}

/** The text as the matchers read it: tokens and each token's lookup keys (folded form and base forms). */
export interface Reading {
  toks: readonly string[];
  keys: readonly (readonly string[])[];
}

const CLAUSE_END = new Set(['.', ',', ':']);
export const isClauseEnd = (t: string | undefined) => t === undefined || CLAUSE_END.has(t);
const isNumber = (t: string | undefined) => !!t && t.length <= 12 && t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;

const hasKey = (keys: readonly string[] | undefined, set: ReadonlySet<string>) => {
  if (!keys) return false;
  for (const key of keys) if (set.has(key)) return true;
  return false;
};

/** Builds word classes from a pack's entries; `@other` entries include another class (of `entries` or `external`). */
export function buildClasses(
  words: PackWords,
  entries: Readonly<Record<string, readonly string[]>>,
  external?: ReadonlyMap<string, WordClass>,
) {
  const built = new Map<string, WordClass>();
  const build = (name: string, stack: string[]): WordClass => {
    const done = built.get(name) ?? (entries[name] ? undefined : external?.get(name));
    if (done) return done;
    const list = entries[name];
    if (!list) throw new Error(`copy pack ${words.lang}: unknown word class @${name}`);
    if (stack.includes(name)) throw new Error(`copy pack ${words.lang}: word class @${name} includes itself`);
    const cls: WordClass = { single: new Set(), phrases: new Map() };
    for (const entry of list) {
      if (entry.startsWith('@')) {
        const inner = build(entry.slice(1), [...stack, name]);
        for (const w of inner.single) cls.single.add(w);
        for (const [first, rest] of inner.phrases) cls.phrases.set(first, [...(cls.phrases.get(first) ?? []), ...rest]);
        continue;
      }
      const toks = words.literal(entry);
      if (toks.length === 1) cls.single.add(toks[0]!);
      else if (toks.length > 1) cls.phrases.set(toks[0]!, [...(cls.phrases.get(toks[0]!) ?? []), toks.slice(1)]);
    }
    built.set(name, cls);
    return cls;
  };
  for (const name of Object.keys(entries)) build(name, []);
  return built;
}

/** Parses one shape. Throws with the shape quoted when it is not in the shape language (packs are tested). */
export function parseShape(source: string, words: PackWords, classes: Map<string, WordClass>): Node {
  const parts = source.match(/\(|\)\??|\|(?=\s)|[^\s()]+/g) ?? [];
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`copy pack ${words.lang}: shape "${source}": ${why}`);
  };
  const element = (part: string): Node => {
    if (part.endsWith('?') && part.length > 1) return { k: 'opt', node: element(part.slice(0, -1)) };
    if (part.startsWith('<!')) return { k: 'notBefore', node: element(part.slice(2)) };
    if (part.startsWith('!')) return { k: 'not', node: element(part.slice(1)) };
    if (part === '#') return { k: 'num' };
    if (part === '$') return { k: 'end' };
    if (part === '^') return { k: 'start' };
    if (part === '...') return { k: 'rest' };
    if (/^~\d$/.test(part)) return { k: 'gap', max: Math.min(6, Number(part.slice(1))) };
    if (part.startsWith('@')) {
      const cls = classes.get(part.slice(1));
      return cls ? { k: 'class', name: part.slice(1), cls } : fail(`unknown word class ${part}`);
    }
    const alternatives = part.split('|').map((w) => words.literal(w));
    if (alternatives.some((a) => a.length === 0)) fail(`"${part}" has an empty word`);
    if (alternatives.every((a) => a.length === 1)) return { k: 'words', set: new Set(alternatives.map((a) => a[0]!)) };
    // "add-on|addon": some alternatives are several tokens
    return {
      k: 'alt',
      options: alternatives.map((a) => ({ k: 'seq', items: a.map((w) => ({ k: 'words', set: new Set([w]) })) })),
    };
  };
  const sequence = (): Node => {
    const options: Node[] = [];
    let items: Node[] = [];
    while (at < parts.length) {
      const part = parts[at]!;
      if (part === ')' || part === ')?') break;
      at++;
      if (part === '|') {
        options.push({ k: 'seq', items });
        items = [];
      } else if (part === '(') {
        const inner = sequence();
        const close = parts[at++];
        if (close !== ')' && close !== ')?') fail('a "(" is not closed');
        items.push(close === ')?' ? { k: 'opt', node: inner } : inner);
      } else items.push(element(part));
    }
    options.push({ k: 'seq', items });
    return options.length === 1 ? options[0]! : { k: 'alt', options };
  };
  const node = sequence();
  if (at < parts.length) fail('a ")" has no "("');
  return node;
}

/** Does the token at i match a one-token element (words, class single word, number)? Phrases: see match. */
function matchOne(node: Node, r: Reading, i: number): boolean {
  const t = r.toks[i];
  if (t === undefined) return false;
  switch (node.k) {
    case 'words':
      return hasKey(r.keys[i], node.set);
    case 'class':
      return hasKey(r.keys[i], node.cls.single) || match(node, r, i, () => true) >= 0;
    case 'num':
      return isNumber(t);
    default:
      return match(node, r, i, () => true) >= 0;
  }
}

/**
 * Matches `node` at token i; calls `next(j)` with each position the node can end at (shortest first) and
 * returns the first j for which `next` holds, or -1.
 */
export function match(node: Node, r: Reading, i: number, next: (j: number) => boolean): number {
  const n = r.toks.length;
  switch (node.k) {
    case 'words':
      return hasKey(r.keys[i], node.set) && next(i + 1) ? i + 1 : -1;
    case 'num':
      return isNumber(r.toks[i]) && next(i + 1) ? i + 1 : -1;
    case 'class': {
      if (hasKey(r.keys[i], node.cls.single) && next(i + 1)) return i + 1;
      const keys = r.keys[i];
      if (!keys) return -1;
      for (const key of keys) {
        const phrases = node.cls.phrases.get(key);
        if (!phrases) continue;
        for (const rest of phrases) {
          let j = i + 1;
          while (j - i - 1 < rest.length && hasKey(r.keys[j], SINGLE(rest[j - i - 1]!))) j++;
          if (j - i - 1 === rest.length && next(j)) return j;
        }
      }
      return -1;
    }
    case 'gap': {
      for (let j = i; j <= i + node.max && j <= n; j++) {
        if (next(j)) return j;
        if (isClauseEnd(r.toks[j])) break;
      }
      return -1;
    }
    case 'end':
      return isClauseEnd(r.toks[i]) && next(i) ? i : -1;
    case 'start':
      return (i === 0 || isClauseEnd(r.toks[i - 1])) && next(i) ? i : -1;
    case 'rest':
      return next(n) ? n : -1;
    case 'not':
      return !matchOne(node.node, r, i) && next(i) ? i : -1;
    case 'notBefore':
      return (i === 0 || !matchOne(node.node, r, i - 1)) && next(i) ? i : -1;
    case 'opt': {
      if (next(i)) return i;
      return match(node.node, r, i, next);
    }
    case 'alt':
      for (const option of node.options) {
        const j = match(option, r, i, next);
        if (j >= 0) return j;
      }
      return -1;
    case 'seq': {
      const items = node.items;
      let end = -1;
      const step = (k: number, at: number): boolean => {
        if (k === items.length) {
          if (!next(at)) return false;
          end = at;
          return true;
        }
        return match(items[k]!, r, at, (j) => step(k + 1, j)) >= 0;
      };
      return step(0, i) ? end : -1;
    }
  }
}

const singles = new Map<string, Set<string>>();
/** A one-word set, cached (phrase words of classes). */
function SINGLE(word: string): Set<string> {
  let s = singles.get(word);
  if (!s) singles.set(word, (s = new Set([word])));
  return s;
}

/**
 * The words a match of `node` can start with, for the first-word index: `words` (lookup keys), `num` (a
 * number), `any` (anything: the shape runs at every token), and whether the node can match nothing.
 */
export function firstOf(node: Node): { words: Set<string>; num: boolean; any: boolean; nullable: boolean } {
  const out = { words: new Set<string>(), num: false, any: false, nullable: false };
  switch (node.k) {
    case 'words':
      for (const w of node.set) out.words.add(w);
      return out;
    case 'class':
      for (const w of node.cls.single) out.words.add(w);
      for (const w of node.cls.phrases.keys()) out.words.add(w);
      return out;
    case 'num':
      out.num = true;
      return out;
    case 'gap':
    case 'rest':
      out.any = true;
      out.nullable = true;
      return out;
    case 'end':
    case 'start':
    case 'not':
    case 'notBefore':
      out.nullable = true;
      return out;
    case 'opt': {
      const inner = firstOf(node.node);
      return { ...inner, nullable: true };
    }
    case 'alt': {
      for (const option of node.options) {
        const f = firstOf(option);
        for (const w of f.words) out.words.add(w);
        out.num ||= f.num;
        out.any ||= f.any;
        out.nullable ||= f.nullable;
      }
      return out;
    }
    case 'seq': {
      out.nullable = true;
      for (const item of node.items) {
        const f = firstOf(item);
        for (const w of f.words) out.words.add(w);
        out.num ||= f.num;
        out.any ||= f.any;
        if (!f.nullable) {
          out.nullable = false;
          break;
        }
      }
      return out;
    }
  }
}

/** A list of shapes indexed by their first words: `find` tries at each token only the shapes that can start there. */
export class ShapeSet {
  private readonly nodes: Node[];
  private readonly byWord = new Map<string, number[]>();
  private readonly byNumber: number[] = [];
  private readonly always: number[] = [];

  constructor(shapes: readonly string[], words: PackWords, classes: Map<string, WordClass>) {
    this.nodes = shapes.map((s) => parseShape(s, words, classes));
    this.nodes.forEach((node, k) => {
      const first = firstOf(node);
      if (first.any || first.nullable) return void this.always.push(k);
      for (const w of first.words) this.byWord.set(w, [...(this.byWord.get(w) ?? []), k]);
      if (first.num) this.byNumber.push(k);
    });
  }

  get size(): number {
    return this.nodes.length;
  }

  /** The first match (earliest start) as a token range [start, end), or null. */
  find(r: Reading, from = 0, to = r.toks.length): [number, number] | null {
    for (let i = from; i < to; i++) {
      const span = this.at(r, i, to);
      if (span) return span;
    }
    return null;
  }

  /** A match starting at token i, ending by `to`. */
  at(r: Reading, i: number, to = r.toks.length): [number, number] | null {
    const ok = (j: number) => j <= to;
    const tryAll = (list: readonly number[] | undefined): [number, number] | null => {
      if (!list) return null;
      for (const k of list) {
        const end = match(this.nodes[k]!, r, i, ok);
        if (end > i) return [i, end];
      }
      return null;
    };
    for (const key of r.keys[i] ?? []) {
      const span = tryAll(this.byWord.get(key));
      if (span) return span;
    }
    if (isNumber(r.toks[i])) {
      const span = tryAll(this.byNumber);
      if (span) return span;
    }
    return tryAll(this.always);
  }

  /** Whether a shape matches exactly the tokens [from, to). */
  whole(r: Reading, from: number, to: number): boolean {
    for (const node of this.nodes) if (match(node, r, from, (j) => j === to) >= 0) return true;
    return false;
  }
}

export { wordKeys };
