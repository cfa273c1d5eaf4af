/**
 * ShapeSet: a list of shapes (shapes.ts) indexed by their first words, and gated by the words each shape needs
 * somewhere in the text, so `find` tries at each token only the shapes that can start there and can still match.
 */
import {
  isNumber,
  matchEnd,
  matchesExactly,
  ShapeParts,
  parseShape,
  type Node,
  type Reading,
  type WordClass,
} from './shapes.js';
import { memoSlot, type PackWords, type TokenKeys } from './words.js';

/** What a set keeps about one token (in its keys' memo): the shapes it can start, the needed sets it meets. */
interface TokenMemo {
  candidates: readonly number[];
  meets: readonly number[];
  version: number;
}

/** The text's keys as one set: a shape that needs a word the text does not have is never tried. */
function keySet(r: Reading): ReadonlySet<string> {
  if (r.keySet) return r.keySet;
  const set = new Set<string>();
  for (let i = 0; i < r.keys.length; i++) {
    for (const key of r.keys[i]!) set.add(key);
    if (isNumber(r.toks[i])) set.add('#');
  }
  return (r.keySet = set);
}

/**
 * What the text must have for `node` to match: a list of word sets, each of which must meet the text's keys
 * ("#" stands for a number). For a sequence, one set per required item after the first (the first-word index
 * already asks for that one); for alternatives, one set: the union of each option's smallest. A necessary
 * condition, so skipping a shape whose sets the text misses changes no result (test/core/copy/shape-index.test.ts).
 */
function needs(node: Node, skipFirst: boolean): ReadonlySet<string>[] {
  switch (node.k) {
    case 'words':
    case 'exact':
      return skipFirst ? [] : [node.set];
    case 'class':
      return skipFirst ? [] : [classWords(node.cls)];
    case 'num':
      return skipFirst ? [] : [new Set(['#'])];
    case 'alt': {
      const out = new Set<string>();
      for (const option of node.options) {
        const sets = needs(option, skipFirst);
        if (!sets.length) return [];
        const smallest = sets.reduce((x, y) => (y.size < x.size ? y : x));
        for (const w of smallest) out.add(w);
      }
      return [out];
    }
    case 'seq': {
      const out: ReadonlySet<string>[] = [];
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

const CLASS_WORDS = new WeakMap<WordClass, ReadonlySet<string>>();
/** The words a class's match starts with (its single words and its phrases' first words), once per class. */
export function classWords(cls: WordClass): ReadonlySet<string> {
  let set = CLASS_WORDS.get(cls);
  if (!set) CLASS_WORDS.set(cls, (set = new Set([...cls.single, ...cls.phrases.keys()])));
  return set;
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

/**
 * The words a match of `node` can start with, for the first-word index: `words` (lookup keys), `num` (a
 * number), `any` (anything: the shape runs at every token), and whether the node can match nothing.
 */
export function firstOf(node: Node): { words: Set<string>; num: boolean; any: boolean; nullable: boolean } {
  const out = { words: new Set<string>(), num: false, any: false, nullable: false };
  switch (node.k) {
    case 'words':
    case 'exact':
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
      out.nullable = !(node.k === 'gap' && node.min);
      return out;
    case 'repeat':
      return { ...firstOf(node.node), nullable: true };
    case 'end':
    case 'start':
    case 'not':
    case 'notBefore':
    case 'before':
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

const NONE: readonly number[] = [];
/** A shape whose first element is plain words ("only|just …", "24|48 hours …"): indexable without parsing it. */
const PLAIN_LEAD = /^((?:[a-z]+|[0-9]+)(?:\|(?:[a-z]+|[0-9]+))*)(?:\s|$)/;

/** A list of shapes indexed by their first words: `find` tries at each token only the shapes that can start there. */
export class ShapeSet {
  /** Parsed shapes; a shape that opens with plain words is parsed only when one of them first stands in a text. */
  private readonly nodes: (Node | undefined)[];
  private readonly sources: readonly string[];
  private readonly parse: (source: string) => Node;
  private readonly byWord = new Map<string, number[]>();
  private readonly byNumber: number[] = [];
  private readonly always: number[] = [];
  /** word → the needed sets (`needs`) it meets; `groups[k]`: the sets shape k needs, all of them. */
  private readonly neededBy = new Map<string, number[]>();
  private readonly groups: number[][] = [];
  private readonly needed: ReadonlySet<string>[] = [];
  /**
   * What the current text meets, stamped with the text's number instead of cleared for each text: a needed set
   * g is met when `met[g] === stamp`, known missing when `-stamp`; shape k is allowed when `allowed[k] === stamp`.
   */
  private readonly met: number[] = [];
  private readonly allowed: Float64Array;
  private stamp = 0;
  /** Needed sets that existed when the gate read the text (a later one, from a shape parsed since, is looked up). */
  private gatedSets = 0;
  /** The shapes each token of the current text can start (from the gate's pass), and the first token with any. */
  private readonly starts: (readonly number[])[] = [];
  private firstStart = 0;
  /** Shapes not parsed yet (they may match any text the gate has not looked at). */
  private unparsed = 0;

  constructor(shapes: readonly string[], words: PackWords, classes: Map<string, WordClass>, parts?: ShapeParts) {
    this.sources = shapes;
    this.parse = (source) => parseShape(source, words, classes, parts);
    this.nodes = new Array(shapes.length);
    this.allowed = new Float64Array(shapes.length);
    shapes.forEach((source, k) => {
      // "only|just # ~2 left": its first words are plain, so it is indexed now and parsed when first needed
      const lead = PLAIN_LEAD.exec(source)?.[1];
      if (lead) {
        for (const w of lead.split('|')) this.byWord.set(w, [...(this.byWord.get(w) ?? []), k]);
        this.unparsed++;
        return;
      }
      const node = this.node(k);
      const first = firstOf(node);
      if (first.any || first.nullable) return void this.always.push(k);
      for (const w of first.words) this.byWord.set(w, [...(this.byWord.get(w) ?? []), k]);
      if (first.num) this.byNumber.push(k);
    });
  }
  /** Some shape needs no word the gate knows of (it may match any text). */
  private ungated = false;

  /** This set's slot in every token's memo; `version` changes when a lazily parsed shape adds needed sets. */
  private readonly id = memoSlot();
  private empty: TokenMemo = { candidates: NONE, meets: NONE, version: -1 };
  private version = 0;

  /** What this set knows about a token, kept in the token's keys (computed once per token and version). */
  private memoFor(token: string, keys: readonly string[]): TokenMemo {
    const slots = (keys as TokenKeys).memo;
    let memo = slots?.[this.id] as TokenMemo | undefined;
    if (memo && memo.version === this.version) return memo;
    const meets: number[] = [];
    for (const key of keys) for (const g of this.neededBy.get(key) ?? []) if (!meets.includes(g)) meets.push(g);
    if (isNumber(token)) for (const g of this.neededBy.get('#') ?? []) if (!meets.includes(g)) meets.push(g);
    const candidates = this.candidates(token, keys);
    // most tokens start no shape and meet no set: they share one memo (less memory to walk per text)
    if (candidates === NONE && !meets.length)
      memo =
        this.empty.version === this.version
          ? this.empty
          : (this.empty = { candidates, meets: NONE, version: this.version });
    else memo = { candidates, meets, version: this.version };
    if (slots) slots[this.id] = memo;
    return memo;
  }

  /** Shape k, parsed (once) with the sets it needs. */
  private node(k: number): Node {
    let node = this.nodes[k];
    if (node) return node;
    node = this.nodes[k] = this.parse(this.sources[k]!);
    const first = firstOf(node);
    this.groups[k] = needs(node, !first.any && !first.nullable).map((set) => {
      const g = this.needed.length;
      for (const w of set) this.neededBy.set(w, [...(this.neededBy.get(w) ?? []), g]);
      this.needed.push(set);
      this.met.push(0);
      this.version++;
      return g;
    });
    if (!this.groups[k]!.length) this.ungated = true;
    if (this.sources.length && PLAIN_LEAD.test(this.sources[k]!)) this.unparsed--;
    return node;
  }

  /** Marks the needed sets the text meets and where shapes can start; false when none can match. */
  private gate(r: Reading): boolean {
    if (this.gatedFor === r) return this.gatedAny;
    this.gatedFor = r;
    const stamp = ++this.stamp;
    this.gatedSets = this.needed.length;
    const met = this.met;
    const starts = this.starts;
    let meetsAny = false;
    let first = -1;
    for (let i = 0; i < r.toks.length; i++) {
      const memo = this.memoFor(r.toks[i]!, r.keys[i]!);
      for (const g of memo.meets) met[g] = stamp;
      meetsAny ||= memo.meets.length > 0;
      starts[i] = memo.candidates;
      if (first < 0 && memo.candidates.length) first = i;
    }
    this.firstStart = first;
    // no token starts a shape: nothing can match, whatever the needed sets say
    return (this.gatedAny = first >= 0 && (meetsAny || this.ungated || this.unparsed > 0));
  }

  /** Whether the text meets every set shape k needs (`gate` stamped the sets it met for this text). */
  private allows(k: number): boolean {
    const stamp = this.stamp;
    const known = this.allowed[k]!;
    if (known === stamp) return true;
    if (known === -stamp) return false;
    this.node(k); // a shape parsed now brings its needed sets, looked up below
    let yes = true;
    for (const g of this.groups[k]!) if (!(yes = this.meets(g, stamp))) break;
    this.allowed[k] = yes ? stamp : -stamp;
    return yes;
  }

  /** Whether the text meets needed set g: as the gate marked it, or (a set added since) by the text's keys. */
  private meets(g: number, stamp: number): boolean {
    const met = this.met[g]!;
    if (met === stamp) return true;
    if (g < this.gatedSets || met === -stamp) return false;
    const set = this.needed[g]!;
    const keys = keySet(this.gatedFor!);
    let hit = false;
    if (set.size <= keys.size) for (const w of set) hit ||= keys.has(w);
    else for (const key of keys) hit ||= set.has(key);
    this.met[g] = hit ? stamp : -stamp;
    return hit;
  }
  /** The reading the gate was last set for (a frame scan asks `at` at every token of one reading), and its keys. */
  private gatedFor: Reading | undefined;
  private gatedAny = false;

  get size(): number {
    return this.nodes.length;
  }

  /** The first match (earliest start) as a token range [start, end), or null. */
  find(r: Reading, from = 0, to = r.toks.length): [number, number] | null {
    if (!this.gate(r)) return null;
    for (let i = Math.max(from, this.firstStart); i < to; i++) {
      const end = this.tryAt(r, i, to);
      if (end > 0) return [i, end];
    }
    return null;
  }

  /**
   * The end of a match starting at token i and ending by `to`, or -1. With `accept`, only shapes it accepts
   * (by their index in the list) count; `matched` is then the index of the shape that matched.
   */
  at(r: Reading, i: number, to = r.toks.length, accept?: (k: number) => boolean): number {
    return this.gate(r) ? this.tryAt(r, i, to, accept) : -1;
  }

  /** False when no shape of the set can match the text (no token starts one, or the words they need are missing). */
  mayMatch(r: Reading): boolean {
    return this.gate(r);
  }

  /** The index of the shape the last `at` or `find` matched. */
  matched = -1;

  /** `at`, with the gate already set for this text. */
  private tryAt(r: Reading, i: number, to: number, accept?: (k: number) => boolean): number {
    if (i < this.firstStart || i >= r.toks.length) return -1;
    for (const k of this.starts[i]!) {
      if ((accept && !accept(k)) || !this.allows(k)) continue;
      const end = matchEnd(this.node(k), r, i, to);
      if (end > i) return ((this.matched = k), end);
    }
    return -1;
  }

  /**
   * The shapes that can start at a token, in the order they are tried: by its keys, then as a number, then the
   * shapes that start anywhere. Cached per token (its keys depend on it alone): one lookup per token, not one per key.
   */
  private candidates(token: string, keys: readonly string[]): readonly number[] {
    let list = this.byToken.get(token);
    if (list) return list;
    const out: number[] = [];
    for (const key of keys) for (const k of this.byWord.get(key) ?? []) if (!out.includes(k)) out.push(k);
    if (isNumber(token)) for (const k of this.byNumber) if (!out.includes(k)) out.push(k);
    for (const k of this.always) if (!out.includes(k)) out.push(k);
    list = out.length ? out : NONE;
    if (this.byToken.size > 4096) this.byToken.clear();
    this.byToken.set(token, list);
    return list;
  }
  private readonly byToken = new Map<string, readonly number[]>();

  /** Parses every shape now (a whole-pack compile: a shape that does not parse throws, naming it). */
  parseAll(): void {
    for (let k = 0; k < this.sources.length; k++) this.node(k);
  }

  /** Whether a shape matches exactly the tokens [from, to). */
  whole(r: Reading, from: number, to: number): boolean {
    for (let k = 0; k < this.sources.length; k++) if (matchesExactly(this.node(k), r, from, to)) return true;
    return false;
  }
}
