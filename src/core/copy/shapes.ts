/**
 * The shape language: word orders over tokens, compiled once per pack into small matchers.
 *
 *   word        this word or one of its inflected forms (pack suffixes); accents never matter
 *   a|b|c       one of these words
 *   @name       a word class of the pack (an entry may be a phrase: "free shipping"); `a|@name` mixes them
 *   #           a number token ("2", "1446"); `#N` a number of at most N digits ("#3": 2, 140, not 2026)
 *   =word       exactly this word, not its inflected forms (`=ends|ending`)
 *   _           exactly one word of the clause (not . , :)
 *   ~N          up to N words of the same clause (N ≤ 6); `~N!x`: none of them is x (`~3!@span`);
 *               `~Nx`: up to N of x in a row (`~5@filler`: up to five filler words or phrases)
 *   x?          x is optional
 *   ( … | … )   alternatives of sequences; `( … )?` optional
 *   !x          zero-width: the next word is not x (x a word, a|b or @class; a phrase of a class counts)
 *   !~Nx        zero-width: none of the next N words of the clause starts x (N ≤ 6: "# left !~4@condition")
 *   <!x         zero-width: the words before are not x (a phrase of a class that ends here counts: "<!@yours")
 *   <x          zero-width: the words before are x ("<im|am rich": "rich" right after "I'm")
 *   $           zero-width: a clause ends here (. , :) or the text does
 *   ^           zero-width: the text or a clause starts here
 *   ...         the rest of the text, whatever it is (for whole-label shapes: "click here ...")
 *   @part       a named part of the pack (`shapeParts`, a shape itself): `@count` → "( # k? +? | @numberword )"
 *
 * A literal that the tokenizer splits ("add-on", "don't") is read as the tokens it becomes ("add on", "dont").
 * Every element matches a bounded number of tokens, so a shape tried at each token is linear in the text.
 */
import type { PackWords } from './words.js';

export type Node =
  | {
      k: 'words';
      set: ReadonlySet<string>;
      /** The word, when the set has one: compared, not looked up. */ one?: string;
    }
  | { k: 'class'; name: string; cls: WordClass }
  | { k: 'exact'; set: ReadonlySet<string> }
  | { k: 'num'; digits: number }
  | { k: 'gap'; max: number; min?: 1; except?: Node }
  | { k: 'repeat'; max: number; node: Node }
  | { k: 'end' }
  | { k: 'start' }
  | { k: 'rest' }
  | { k: 'not'; node: Node; /** `!~Nx`: none of the next N words of the clause starts x. */ within?: number }
  | { k: 'notBefore'; node: Node }
  | { k: 'before'; node: Node }
  | { k: 'seq'; items: Node[] }
  | {
      k: 'alt';
      options: Node[];
      /** The options by their first words, made on first use (shape-match.ts `optionsByWord`). */
      byWord?: OptionsByWord | null;
    }
  | { k: 'opt'; node: Node };

/** An alternative's options that open with a word, by that word; `always`: the others, tried at every token. */
export interface OptionsByWord {
  byWord: Map<string, number[]>;
  always: number[];
}

/** A word class: single words (matched with their inflections) and phrases by their first word. */
export interface WordClass {
  single: Set<string>;
  phrases: Map<string, string[][]>;
}

/** The text as the matchers read it: tokens and each token's lookup keys (folded form and base forms). */
export interface Reading {
  toks: readonly string[];
  keys: readonly (readonly string[])[];
  /**
   * Each token's id (its keys' `id`, words.ts) and the ids' epoch: the shape indexes and the polarity scan keep what
   * they know about a token in typed arrays by its id (one load from a small array, not a chain of objects).
   */
  ids: Int32Array;
  epoch: number;
  /** Every lookup key of the text (and `#` when it has a number), built on first use by `keySet`. */
  keySet?: ReadonlySet<string>;
}

export { ends, isClauseEnd, isNumber, longestEnd, matchEnd, matchesExactly } from './shape-match.js';

const PLAIN_WORD = /^[a-z]+$/;
/** A class's entries joined by newlines, every one a plain word. */
const PLAIN_WORDS = /^[a-z]+(?:\n[a-z]+)*$/;

/** Word classes by name, as the engine asks for them (buildClasses). */
export interface WordClasses {
  get(name: string): WordClass | undefined;
  has(name: string): boolean;
}

/**
 * Word classes from a pack's entries, each built when first asked for: a first check builds only the classes its
 * shapes reach (an `@other` entry includes another class, of `entries` or `external`). A name that is not an
 * entry is `external`'s, so one lookup serves a compiled part's own classes and the pack's (decline, polarity).
 * `all()` builds every entry now (a whole-pack compile: an unknown or self-including class throws, naming it), as
 * iterating does.
 */
export function buildClasses(
  words: PackWords,
  entries: Readonly<Record<string, readonly string[]>>,
  external?: WordClasses,
): WordClasses & Iterable<[string, WordClass]> & { all(): void } {
  const built = new Map<string, WordClass>();
  const own = (name: string) => Object.prototype.hasOwnProperty.call(entries, name);
  const build = (name: string, stack: string[]): WordClass => {
    const done = built.get(name) ?? (entries[name] ? undefined : external?.get(name));
    if (done) return done;
    const list = entries[name];
    if (!list) throw new Error(`copy pack ${words.lang}: unknown word class @${name}`);
    if (stack.includes(name)) throw new Error(`copy pack ${words.lang}: word class @${name} includes itself`);
    // a class that is another class ("good: ['@good']" in a lexicon) is that class, not a copy of it
    if (list.length === 1 && list[0]!.startsWith('@')) {
      const same = build(list[0]!.slice(1), [...stack, name]);
      built.set(name, same);
      return same;
    }
    // a list of plain words only (most classes): the Set is built by the engine's own code, not word by word
    if (PLAIN_WORDS.test(list.join('\n'))) {
      const cls: WordClass = { single: new Set(list), phrases: new Map() };
      built.set(name, cls);
      return cls;
    }
    const cls: WordClass = { single: new Set(), phrases: new Map() };
    for (const entry of list) {
      if (entry.startsWith('@')) {
        const inner = build(entry.slice(1), [...stack, name]);
        // forEach, not for…of: cold code allocates an iterator result per word
        inner.single.forEach((w) => cls.single.add(w));
        inner.phrases.forEach((rest, first) => cls.phrases.set(first, [...(cls.phrases.get(first) ?? []), ...rest]));
        continue;
      }
      // most entries are one plain word: they are their own token (no tokenizing, no arrays)
      if (PLAIN_WORD.test(entry)) {
        cls.single.add(entry);
        continue;
      }
      const toks = words.literal(entry);
      if (toks.length === 1) cls.single.add(toks[0]!);
      else if (toks.length > 1) cls.phrases.set(toks[0]!, [...(cls.phrases.get(toks[0]!) ?? []), toks.slice(1)]);
    }
    built.set(name, cls);
    return cls;
  };
  return {
    get: (name) => (own(name) ? build(name, []) : external?.get(name)),
    has: (name) => own(name) || !!external?.has(name),
    all: () => Object.keys(entries).forEach((name) => build(name, [])),
    // every entry, built (as the eager Map this once was: `new Map([...pack, ...own])` in benches)
    *[Symbol.iterator]() {
      for (const name of Object.keys(entries)) yield [name, build(name, [])];
    },
  };
}

/** A pack's named shape parts (`shapeParts`), parsed on first use: `@count` in a shape is the part's shape. */
export class ShapeParts {
  private readonly nodes = new Map<string, Node>();
  private readonly parsing = new Set<string>();
  constructor(
    readonly sources: Readonly<Record<string, string>> = {},
    private readonly words?: PackWords,
    private readonly classes?: WordClasses,
  ) {}

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.sources, name);
  }

  node(name: string): Node {
    let node = this.nodes.get(name);
    if (node) return node;
    if (this.parsing.has(name)) throw new Error(`copy pack ${this.words?.lang}: shape part @${name} includes itself`);
    this.parsing.add(name);
    node = parseShape(this.sources[name]!, this.words!, this.classes!, this);
    this.parsing.delete(name);
    this.nodes.set(name, node);
    return node;
  }
}

/** A node of these words (most are one word: the matcher compares it with a token's keys). */
const wordsNode = (set: Set<string>, last: string): Node =>
  set.size === 1 ? { k: 'words', set, one: last } : { k: 'words', set };

/** Parses one shape. Throws with the shape quoted when it is not in the shape language (packs are tested). */
export function parseShape(source: string, words: PackWords, classes: WordClasses, shapeParts?: ShapeParts): Node {
  const parts = source.match(/\(|\)\??|\|(?=\s)|[^\s()]+/g) ?? [];
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`copy pack ${words.lang}: shape "${source}": ${why}`);
  };
  const element = (part: string): Node => {
    if (part.endsWith('?') && part.length > 1) return { k: 'opt', node: element(part.slice(0, -1)) };
    if (part.startsWith('<!')) return { k: 'notBefore', node: element(part.slice(2)) };
    if (part.startsWith('<') && part.length > 1) return { k: 'before', node: element(part.slice(1)) };
    const within = /^!~(\d)(.+)$/.exec(part);
    if (within) return { k: 'not', node: element(within[2]!), within: Math.min(6, Number(within[1])) };
    if (part.startsWith('!')) return { k: 'not', node: element(part.slice(1)) };
    if (/^#\d*$/.test(part)) return { k: 'num', digits: part.length > 1 ? Number(part.slice(1)) : 12 };
    if (part === '$') return { k: 'end' };
    if (part === '^') return { k: 'start' };
    if (part === '...') return { k: 'rest' };
    if (part === '_') return { k: 'gap', max: 1, min: 1 };
    const gap = /^~(\d)(!?)(.*)$/.exec(part);
    if (gap) {
      const max = Math.min(6, Number(gap[1]));
      if (!gap[3]) return { k: 'gap', max };
      return gap[2] ? { k: 'gap', max, except: element(gap[3]) } : { k: 'repeat', max, node: element(gap[3]) };
    }
    if (part.startsWith('=') && part.length > 1) {
      const set = new Set(
        part
          .slice(1)
          .split('|')
          .flatMap((w) => words.literal(w)),
      );
      return { k: 'exact', set };
    }
    const classOf = (name: string): Node => {
      const cls = classes.get(name);
      if (cls) return { k: 'class', name, cls };
      return shapeParts?.has(name) ? shapeParts.node(name) : fail(`unknown word class @${name}`);
    };
    if (part.startsWith('@') && !part.includes('|')) return classOf(part.slice(1));
    // "a|b|@c": words and classes; a word the tokenizer splits ("add-on") is a sequence of its tokens
    const options: Node[] = [];
    const single = new Set<string>();
    let last = ''; // the word added last (the set's only word when it has one)
    for (const alternative of part.split('|')) {
      if (alternative.startsWith('@')) {
        options.push(classOf(alternative.slice(1)));
        continue;
      }
      const toks = words.literal(alternative);
      if (toks.length === 0) fail(`"${part}" has an empty word`);
      if (toks.length === 1) single.add((last = toks[0]!));
      else options.push({ k: 'seq', items: toks.map((w) => wordsNode(new Set([w]), w)) });
    }
    if (!options.length) return wordsNode(single, last);
    if (single.size) options.unshift(wordsNode(single, last));
    return options.length === 1 ? options[0]! : { k: 'alt', options };
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
