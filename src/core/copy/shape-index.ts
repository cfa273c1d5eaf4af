/**
 * ShapeIndex: one or more lists of shapes (a shape set each, shape-set.ts) indexed together by their first words
 * and gated by the words each shape needs somewhere in the text. One pass over a text's tokens serves every list
 * of the index: a pack's shaming, urgency and pressure shapes cost one look at each token, not one per list.
 */
import { isNumber, parseShape, type Node, type Reading, type ShapeParts, type WordClasses } from './shapes.js';
import { leadOf, plainNeedsOf } from './shape-text.js';
import {
  firstOf,
  keySet,
  needs,
  sourceHas,
  sourceSize,
  eachSourceWord,
  type FirstWords,
  type Needed,
  type WordSource,
} from './shape-needs.js';
import type { PackWords } from './words.js';
import { push, SMALL, StartIndex } from './shape-starts.js';

/*
 * What the index keeps about one token is a record in `flat`, found by the token's id (words.ts) in `tokAt`:
 *
 *   flat[at]             count: how many needed groups the token meets
 *   flat[at + 1]         lists: bit v set when list v has shapes that start at the token (the first 31 lists)
 *   flat[at + 2 …]       the groups it meets (`count` of them)
 *   flat[sAt + v]        sAt = at + 2 + count: where list v's shapes that start at the token end in flat (v = 0 …
 *                        lists), so list v's are flat[flat[sAt + v]] … flat[flat[sAt + v + 1] - 1]
 *
 * Typed arrays by id, not an object per token: the gate reads a text's records with three loads from small arrays
 * instead of a chain of objects (keys → memo slots → memo), most of whose time was waiting for memory.
 */

const NONE: readonly number[] = [];
/** A copy of `array` with room for index `at` (twice the size, or more). */
export const grown = (array: Int32Array, at: number) => {
  const copy = new Int32Array(Math.max(at + 1, 2 * array.length));
  copy.set(array);
  return copy;
};
/** A record's list bits, for the first 31 lists (an index with more has the gate read every list). */
const ALL_LISTS = 0x7fffffff;
const listBits = (starts: readonly (readonly number[])[]) =>
  starts.reduce((bits, list, v) => (list.length && v < 31 ? bits | (1 << v) : bits), 0);
/** How many group entries `flat` holds before it starts again (4 MB). */
const MAX_FLAT = 1 << 20;
/** Texts that lack a shape's plain words before it is parsed all the same (plainNeedsOf, shape-text.ts). */
const PARSE_AFTER = 3;

/** The first words after a shape's opening `_` (one word, any), when they are all a match can go on with. */
function nextOfWildcard(node: Node): FirstWords | null {
  const first = node.k === 'seq' ? node.items[0] : undefined;
  if (first?.k !== 'gap' || first.max !== 1 || !first.min || first.except) return null;
  const next = firstOf({ k: 'seq', items: node.k === 'seq' ? node.items.slice(1) : [] });
  return next.any || next.nullable ? null : next;
}

export class ShapeIndex {
  /** Every list's shapes, one after another; list v is [offsets[v], offsets[v + 1]). */
  readonly sources: string[] = [];
  readonly offsets: number[] = [0];
  /** Parsed shapes; a shape that opens with plain words is parsed only when one of them first stands in a text. */
  private readonly nodes: (Node | undefined)[] = [];
  private readonly parse: (source: string) => Node;
  private readonly classes: WordClasses;
  /** Which shapes each token can start (by their first words). */
  private readonly firsts: StartIndex;
  /**
   * Per list, the shapes that can start at any token (a wildcard or a gap first), tried after a token's own: kept
   * here once, not in every token's record, so tokens that start nothing else still share the empty record.
   */
  always: readonly (readonly number[])[];
  /** Bits of the lists (the first 31) that have such shapes. */
  private alwaysLists = 0;
  /**
   * Which lists are indexed (their shapes' first words read): a list is indexed when a set first asks about it
   * (`need`), so a first check reads the first words of only the lists it uses. `listsVersion` counts them.
   */
  private readonly indexed: boolean[];
  private listsVersion = 0;
  private readonly parts: ShapeParts | undefined;
  /** word (or large source) → the needed groups it meets; `groups[k]`: the groups shape k needs, all of them. */
  private readonly neededBy = new Map<string, number[]>();
  private readonly neededBySource = new Map<WordSource, number[]>();
  private readonly groups: number[][] = [];
  private readonly needed: Needed[] = [];
  /** Shapes not parsed yet (they may match any text the gate has not looked at); some shape needs nothing. */
  private unparsed = 0;
  private readonly lazy: boolean[] = [];
  private ungated = false;
  /**
   * `version` changes when a lazily parsed shape adds needed groups (or a list is indexed): a token's record is
   * current when `tokVersion[id] === version`. `epoch`: the token ids' (words.ts), read from each text.
   */
  private version = 1;
  private epoch = -1;
  private tokVersion = new Int32Array(256);
  private tokAt = new Int32Array(256);
  /** Per token id (cold: read when a record is made): the shapes it starts per list, and the `listsVersion` then. */
  private tokStarts: ((readonly number[])[] | undefined)[] = [];
  private tokStartsVersion: number[] = [];

  /**
   * What the current text meets, stamped with the text's number instead of cleared for each text: group g is
   * met when `met[g] === stamp`, known missing when `-stamp`; shape k is allowed when `allowed[k] === stamp`.
   */
  private readonly met: number[] = [];
  /** The last token of the current text that meets group g (a group added since the gate has none). */
  private readonly lastAt: number[] = [];
  private readonly allowed: number[] = [];
  private stamp = 0;
  /** Groups that existed when the gate read the text (a later one, from a shape parsed since, is looked up). */
  private gatedGroups = 0;
  /**
   * The current text (from the gate's pass): per token, where its starts are in `flat` (`sAt`) and its list bits;
   * the first token that starts a shape, per list.
   */
  private gatedFor: Reading | undefined;
  sAtOf = new Int32Array(64);
  listsOf = new Int32Array(64);
  readonly firstStart: number[];
  private meetsAny = false;
  /**
   * Per list, for the current text: `stamp` when some token starts a shape of the list that the text allows,
   * `-stamp` when none does; `firstAllowed[v]` is the first such token (a match cannot start before it).
   */
  private readonly possible: number[];
  readonly firstAllowed: number[];

  constructor(lists: readonly (readonly string[])[], words: PackWords, classes: WordClasses, parts?: ShapeParts) {
    this.classes = classes;
    this.parts = parts;
    this.parse = (source) => parseShape(source, words, classes, parts);
    for (const list of lists) {
      this.sources.push(...list);
      this.offsets.push(this.sources.length);
    }
    this.firsts = new StartIndex(this.offsets);
    this.firstStart = lists.map(() => -1);
    this.possible = lists.map(() => 0);
    this.firstAllowed = lists.map(() => -1);
    // flat opens with the record of a token that starts nothing and meets nothing (most tokens), shared: at 0
    this.flatBase = this.flatLength = lists.length + 3;
    this.flat.fill(lists.length + 3, 2, lists.length + 3);
    this.indexed = lists.map(() => false);
    this.always = lists.map(() => NONE);
    this.sources.forEach(() => {
      this.allowed.push(0);
      this.lazy.push(false);
    });
  }

  /** Indexes list v, if it is not yet: before a text is read for it. */
  need(v: number): void {
    if (!this.indexed[v]) this.indexList(v);
  }

  /**
   * Reads the first words of list v's shapes into the first-word index. Every token's record is made again when next
   * met (its starts may now include the list's), and the current text is gated again.
   */
  private indexList(v: number): void {
    this.indexed[v] = true;
    for (let k = this.offsets[v]!; k < this.offsets[v + 1]!; k++) {
      // "only|just # ~2 left", "( dont | do not ) wait": first words read from the text, parsed when first needed
      const lead = this.nodes[k] ? null : leadOf(this.sources[k]!, this.classes, this.parts?.sources);
      if (lead) {
        this.lazy[k] = true;
        this.unparsed++;
      }
      this.firsts.add(k, lead ?? firstOf(this.node(k)));
    }
    this.always = this.firsts.alwaysByList();
    this.alwaysLists = listBits(this.always);
    this.listsVersion++;
    this.version++;
    this.gatedFor = undefined;
  }

  get lists(): number {
    return this.offsets.length - 1;
  }

  /** Shape k, parsed (once) with the groups it needs. */
  node(k: number): Node {
    let node = this.nodes[k];
    if (node) return node;
    node = this.nodes[k] = this.parse(this.sources[k]!);
    const first = firstOf(node);
    this.groups[k] = needs(node, !first.any && !first.nullable).map((group) => {
      const g = this.needed.length;
      for (const source of group)
        if (sourceSize(source) > SMALL) push(this.neededBySource, source, g);
        else eachSourceWord(source, (w) => push(this.neededBy, w, g));
      this.needed.push(group);
      this.met.push(0);
      this.lastAt.push(-1);
      this.version++;
      return g;
    });
    if (!this.groups[k]!.length) this.ungated = true;
    if (this.lazy[k]) {
      this.lazy[k] = false;
      this.unparsed--;
    }
    return node;
  }

  /** Token ids start again (a new epoch, words.ts): every record is made again when next met. */
  private sync(r: Reading): void {
    if (r.epoch === this.epoch) return;
    this.epoch = r.epoch;
    this.version++;
    this.gatedFor = undefined;
    this.tokStarts = [];
    this.tokStartsVersion = [];
    this.flatLength = this.flatBase;
  }

  /** Where token i's record is in `flat` (made once per token and version). */
  private recordOf(r: Reading, i: number): number {
    const id = r.ids[i]!;
    return id < this.tokVersion.length && this.tokVersion[id] === this.version ? this.tokAt[id]! : this.remember(r, i);
  }

  /** recordOf's slow path (a token first seen, or seen before a shape was parsed): makes the token's record. */
  private remember(r: Reading, i: number): number {
    const id = r.ids[i]!;
    const token = r.toks[i]!;
    const keys = r.keys[i]!;
    if (id >= this.tokVersion.length) {
      this.tokVersion = grown(this.tokVersion, id);
      this.tokAt = grown(this.tokAt, id);
    }
    const meets: number[] = [];
    const add = (groups: readonly number[] | undefined) => {
      if (groups) for (const g of groups) if (!meets.includes(g)) meets.push(g);
    };
    for (const key of keys) add(this.neededBy.get(key));
    if (isNumber(token)) add(this.neededBy.get('#'));
    this.neededBySource.forEach((groups, source) => {
      if (keys.some((key) => sourceHas(source, key))) add(groups);
    });
    // what a token can start never changes: only its groups are read again after a shape is parsed
    // (unless a list was indexed since)
    const listsVersion = this.listsVersion;
    let starts = this.tokStartsVersion[id] === listsVersion ? this.tokStarts[id] : undefined;
    if (!starts) {
      this.tokStarts[id] = starts = this.firsts.startsOf(token, keys);
      this.tokStartsVersion[id] = listsVersion;
    }
    // most tokens start no shape and meet no group: they share one record (less memory to walk per text)
    let at = 0;
    if (meets.length || !starts.every((list) => list === NONE)) {
      this.reserve(2 + meets.length + starts.length + 1 + starts.reduce((size, list) => size + list.length, 0));
      const flat = this.flat;
      at = this.flatLength;
      flat[at] = meets.length;
      flat[at + 1] = listBits(starts);
      this.flatLength = at + 2;
      this.put(meets);
      const sAt = this.flatLength;
      // the ranges' ends first, then each list's shapes
      let end = sAt + starts.length + 1;
      for (let v = 0; v <= starts.length; v++) {
        flat[sAt + v] = end;
        end += v < starts.length ? starts[v]!.length : 0;
      }
      this.flatLength = sAt + starts.length + 1;
      for (const list of starts) this.put(list);
    }
    // read after `reserve`: starting flat again changes the version
    this.tokVersion[id] = this.version;
    this.tokAt[id] = at;
    return at;
  }

  /** Every token's record, one after another: one flat array, not objects per token. */
  /** (Read by ShapeSet's tries too: made again only when a record is made, never during a try.) */
  flat = new Int32Array(1024);
  private flatLength = 0;
  private readonly flatBase: number;

  /** Room for `size` more entries in `flat`, before a record is written (its version is read after this). */
  private reserve(size: number): void {
    if (this.flatLength + size > MAX_FLAT) {
      // a long-lived page reads ever new tokens: start again, and every record is made again when next met
      this.flatLength = this.flatBase;
      this.version++;
    }
    if (this.flatLength + size > this.flat.length) {
      const grown = new Int32Array(Math.max(this.flat.length * 2, this.flatLength + size));
      grown.set(this.flat.subarray(0, this.flatLength));
      this.flat = grown;
    }
  }

  /** Appends numbers to `flat` (room reserved); where they start. */
  private put(values: readonly number[]): number {
    const at = this.flatLength;
    this.flat.set(values, at);
    this.flatLength += values.length;
    return at;
  }

  /** The shapes of list v that token i itself can start (no gate; the list's `always` shapes start there too). */
  startsAt(r: Reading, i: number, v: number): readonly number[] {
    if (i >= r.toks.length) return NONE;
    this.sync(r);
    this.recordOf(r, i);
    return this.tokStarts[r.ids[i]!]![v]!;
  }

  /** Reads the text once for every list: the groups it meets, where each list's shapes can start. */
  gate(r: Reading): void {
    if (this.gatedFor === r) return;
    this.sync(r);
    this.gatedFor = r;
    const stamp = ++this.stamp;
    this.gatedGroups = this.needed.length;
    const { met, lastAt, firstStart } = this;
    // a list with shapes that start anywhere can start at the first token
    const n = r.toks.length;
    for (let v = 0; v < firstStart.length; v++) firstStart[v] = n && this.always[v]!.length ? 0 : -1;
    if (this.sAtOf.length < n) {
      this.sAtOf = new Int32Array(2 * n);
      this.listsOf = new Int32Array(2 * n);
    }
    const { sAtOf, listsOf } = this;
    const ids = r.ids;
    let meetsAny = false;
    let pending = n ? ALL_LISTS & ~this.alwaysLists : ALL_LISTS;
    const wide = firstStart.length > 31;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const at =
        id < this.tokVersion.length && this.tokVersion[id] === this.version ? this.tokAt[id]! : this.remember(r, i);
      const flat = this.flat; // read after remember: a record made there may have grown it
      const count = flat[at]!;
      for (let j = at + 2, end = at + 2 + count; j < end; j++) {
        const g = flat[j]!;
        met[g] = stamp;
        lastAt[g] = i;
      }
      meetsAny ||= count > 0;
      const sAt = at + 2 + count;
      const lists = flat[at + 1]!;
      sAtOf[i] = sAt;
      listsOf[i] = lists;
      // the lists this token starts that no earlier token did: usually none
      if (wide) {
        for (let v = 0; v < firstStart.length; v++)
          if (firstStart[v]! < 0 && flat[sAt + v + 1]! > flat[sAt + v]!) firstStart[v] = i;
        continue;
      }
      for (let bits = lists & pending; bits; bits &= bits - 1) firstStart[31 - Math.clz32(bits & -bits)] = i;
      pending &= ~lists;
    }
    this.meetsAny = meetsAny;
  }

  /**
   * After `gate`: whether list v can match the text at all: some token starts one of its shapes and the text has
   * what that shape needs (`allows`; a shape not parsed yet may match). Answered once per text and list;
   * `firstAllowed[v]` is then that token.
   */
  mayMatch(v: number): boolean {
    if (this.firstStart[v]! < 0 || !(this.meetsAny || this.ungated || this.unparsed > 0)) return false;
    const stamp = this.stamp;
    const known = this.possible[v]!;
    if (known === stamp || known === -stamp) return known === stamp;
    const bit = v < 31 ? 1 << v : 0;
    const { sAtOf, listsOf } = this;
    const n = this.gatedFor!.toks.length;
    const flat = this.flat; // records are not made here: it stays the same array
    // the shapes that start anywhere are tried at every token, after its own: allowed, they start at the first
    const always = this.always[v]!;
    const from = this.firstStart[v]!;
    if (always.length) {
      for (let j = flat[sAtOf[from]! + v]!, end = flat[sAtOf[from]! + v + 1]!; j < end; j++) {
        const k = flat[j]!;
        if (this.nodes[k] === undefined ? this.hasPlainNeeds(k) : this.allows(k)) return this.allowAt(v, from);
      }
      for (const k of always)
        if (this.nodes[k] === undefined ? this.hasPlainNeeds(k) : this.allows(k)) return this.allowAt(v, from);
    }
    // a token read again (a record already asked about, found none: "a. a. a.") gives the same answer
    let asked = -1;
    for (let i = always.length ? from + 1 : from; i < n; i++) {
      const sAt = sAtOf[i]!;
      if ((bit && !(listsOf[i]! & bit)) || sAt === asked) continue;
      asked = sAt;
      // a shape not parsed yet counts as allowed (parsing it here would be a first call's work for no match)
      for (let j = flat[sAt + v]!, end = flat[sAt + v + 1]!; j < end; j++) {
        const k = flat[j]!;
        if (this.nodes[k] === undefined ? this.hasPlainNeeds(k) : this.allows(k)) return this.allowAt(v, i);
      }
    }
    this.possible[v] = -stamp;
    return false;
  }

  /**
   * Whether shape k (one that starts anywhere) can start at token i: a shape that opens with one word of any kind
   * (`_ <!@disclosed =ends …`) needs what follows it at token i + 1, so it is not tried where that word is missing.
   */
  startsHere(k: number, r: Reading, i: number): boolean {
    let next = this.next[k];
    if (next === undefined) next = this.next[k] = nextOfWildcard(this.node(k));
    if (!next) return true;
    const keys = r.keys[i + 1];
    if (!keys) return false;
    if (next.num && isNumber(r.toks[i + 1])) return true;
    for (const source of next.sources) for (const key of keys) if (sourceHas(source, key)) return true;
    return false;
  }
  private readonly next: (FirstWords | null | undefined)[] = [];

  /** mayMatch's answer: list v can match, from token i. */
  private allowAt(v: number, i: number): true {
    this.firstAllowed[v] = i;
    this.possible[v] = this.stamp;
    return true;
  }

  /** Whether the text meets every group shape k needs (`gate` stamped the groups it met for this text). */
  allows(k: number): boolean {
    const stamp = this.stamp;
    const known = this.allowed[k]!;
    if (known === stamp) return true;
    if (known === -stamp) return false;
    if (this.nodes[k] === undefined && !this.hasPlainNeeds(k)) {
      this.allowed[k] = -stamp;
      return false;
    }
    if (this.nodes[k] === undefined) this.node(k); // a shape parsed now brings its groups, looked up below
    let yes = true;
    for (const g of this.groups[k]!) if (!(yes = this.meets(g, stamp))) break;
    this.allowed[k] = yes ? stamp : -stamp;
    return yes;
  }

  /**
   * A shape not parsed yet: whether the text has the plain words its text needs (plainNeedsOf). A first check meets
   * many shapes by their first word that it cannot match ("only" opens dozens); it parses none of those. After a
   * few texts that lack them a shape is parsed all the same, so a warm index asks the gate's stamps instead.
   */
  private hasPlainNeeds(k: number): boolean {
    const plain = (this.plain[k] ??= plainNeedsOf(this.sources[k]!));
    if (!plain.length) return true;
    const keys = keySet(this.gatedFor!);
    for (const words of plain)
      if (!words.some((word) => this.hasWord(keys, word)))
        return (this.misses[k] = (this.misses[k] ?? 0) + 1) > PARSE_AFTER;
    return true;
  }
  /** A key of the text is the word, or (`@name`) one of the class's words; a shape part's name is not known here. */
  private hasWord(keys: ReadonlySet<string>, word: string): boolean {
    if (!word.startsWith('@')) return keys.has(word);
    const cls = this.classes.get(word.slice(1));
    if (!cls) return true;
    let has = false;
    keys.forEach((key) => void (has ||= sourceHas(cls, key)));
    return has;
  }
  private readonly plain: (string[][] | undefined)[] = [];
  private readonly misses: number[] = [];

  /** After `allows(k)`: its groups come from items at i or later, so one last met before i rules k out at i. */
  reaches(k: number, i: number): boolean {
    const lastAt = this.lastAt;
    for (const g of this.groups[k]!) if (g < this.gatedGroups && lastAt[g]! < i) return false;
    return true;
  }

  /** Whether the text meets group g: as the gate marked it, or (a group added since) by the text's keys. */
  private meets(g: number, stamp: number): boolean {
    const met = this.met[g]!;
    if (met === stamp) return true;
    if (g < this.gatedGroups || met === -stamp) return false;
    return this.meetsLate(g, stamp);
  }
  /**
   * meets' slow path, a method of its own: a closure over a local makes V8 allocate a context at every call of the
   * function that holds it, and meets is called for every shape a text allows (1.2 of the 3.4 KB a dev.csv text
   * allocated).
   */
  private meetsLate(g: number, stamp: number): boolean {
    const keys = keySet(this.gatedFor!);
    let hit = false;
    for (const source of this.needed[g]!) keys.forEach((key) => void (hit ||= sourceHas(source, key)));
    this.met[g] = hit ? stamp : -stamp;
    return hit;
  }
}
