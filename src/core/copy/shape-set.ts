/**
 * ShapeSet: a list of shapes (shapes.ts) indexed by their first words, and gated by the words each shape needs
 * somewhere in the text, so `find` tries at each token only the shapes that can start there and can still match.
 * A set is one list of a ShapeIndex (shape-index.ts); `ShapeSet.several` makes sets that share one index, so a
 * text is read once for all of them.
 */
import { matchEnd, matchesExactly, type Reading, type ShapeParts, type WordClasses } from './shapes.js';
import { ShapeIndex } from './shape-index.js';
import type { PackWords } from './words.js';

/** A list of shapes indexed by their first words: `find` tries at each token only the shapes that can start there. */
export class ShapeSet {
  private readonly index: ShapeIndex;
  /** This set's list in the index, and where its shapes are there: [from, to). */
  private readonly list: number;
  private readonly from: number;
  private readonly to: number;
  /** This list's bit in a token record's `lists` (0 past the 31st list: then every token is looked at). */
  private readonly bit: number;

  /** The index of the shape the last `at` or `find` matched. */
  matched = -1;

  /** `shared`: a list of an index made by `ShapeSet.several` (otherwise the set has an index of its own). */
  constructor(
    shapes: readonly string[],
    words: PackWords,
    classes: WordClasses,
    parts?: ShapeParts,
    shared?: { index: ShapeIndex; list: number },
  ) {
    this.index = shared?.index ?? new ShapeIndex([shapes], words, classes, parts);
    this.list = shared?.list ?? 0;
    this.bit = this.list < 31 ? 1 << this.list : 0;
    this.from = this.index.offsets[this.list]!;
    this.to = this.index.offsets[this.list + 1]!;
  }

  /** Sets for several lists that share one index (one pass over a text serves them all). */
  static several(
    lists: readonly (readonly string[])[],
    words: PackWords,
    classes: WordClasses,
    parts?: ShapeParts,
  ): ShapeSet[] {
    const index = new ShapeIndex(lists, words, classes, parts);
    return lists.map((shapes, list) => new ShapeSet(shapes, words, classes, parts, { index, list }));
  }

  get size(): number {
    return this.to - this.from;
  }

  /** False when no shape of the set can match the text (no token starts one, or the words they need are missing). */
  mayMatch(r: Reading): boolean {
    this.index.need(this.list);
    this.index.gate(r);
    return this.index.mayMatch(this.list);
  }

  /** The first match (earliest start) as a token range [start, end), or null. */
  find(r: Reading, from = 0, to = r.toks.length): [number, number] | null {
    if (!this.mayMatch(r)) return null;
    const index = this.index;
    const { listsOf } = index;
    // with shapes that start anywhere and that the text allows every token is tried; otherwise only those that
    // start a shape of the set (a loop, not `some`: no closure per call)
    let bit = this.bit;
    for (const k of index.always[this.list]!)
      if (index.allows(k)) {
        bit = 0;
        break;
      }
    for (let i = Math.max(from, index.firstAllowed[this.list]!); i < to; i++) {
      if (bit && !(listsOf[i]! & bit)) continue; // no shape of this set starts here
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
    return this.mayMatch(r) ? this.tryAt(r, i, to, accept) : -1;
  }

  /** Whether a shape of the set can start at token i (by its words alone: no gate, nothing the text needs). */
  startsAt(r: Reading, i: number): boolean {
    this.index.need(this.list);
    return (
      this.index.startsAt(r, i, this.list).length > 0 || (i < r.toks.length && this.index.always[this.list]!.length > 0)
    );
  }

  /** `at`, with the gate already set for this text. */
  private tryAt(r: Reading, i: number, to: number, accept?: (k: number) => boolean): number {
    const index = this.index;
    if (i < index.firstAllowed[this.list]! || i >= r.toks.length) return -1;
    // the token's own shapes, then those that start anywhere (the order of a first-word index with them inside)
    const at = index.sAtOf[i]! + this.list;
    const flat = index.flat;
    for (let j = flat[at]!, last = flat[at + 1]!; j < last; j++) {
      const k = flat[j]!;
      if ((accept && !accept(k - this.from)) || !index.allows(k) || !index.reaches(k, i)) continue;
      const end = matchEnd(index.node(k), r, i, to);
      if (end > i) return ((this.matched = k - this.from), end);
    }
    const always = index.always[this.list]!;
    return always.length ? this.tryEach(always, r, i, to, accept, true) : -1;
  }

  /** The first of `shapes` that matches at i (`anywhere`: shapes that start anywhere, each asked if it can here). */
  private tryEach(
    shapes: readonly number[],
    r: Reading,
    i: number,
    to: number,
    accept: ((k: number) => boolean) | undefined,
    anywhere: boolean,
  ) {
    const index = this.index;
    for (const k of shapes) {
      if ((accept && !accept(k - this.from)) || !index.allows(k) || !index.reaches(k, i)) continue;
      if (anywhere && !index.startsHere(k, r, i)) continue;
      const end = matchEnd(index.node(k), r, i, to);
      if (end > i) return ((this.matched = k - this.from), end);
    }
    return -1;
  }

  /** Parses every shape now (a whole-pack compile: a shape that does not parse throws, naming it). */
  parseAll(): void {
    for (let k = this.from; k < this.to; k++) this.index.node(k);
  }

  /** Whether a shape matches exactly the tokens [from, to). */
  whole(r: Reading, from: number, to: number): boolean {
    const index = this.index;
    // only shapes the text has the words for (the gate), parsed only then
    index.need(this.list);
    index.gate(r);
    // a non-empty match starts at a token that can start it: only those shapes are tried
    if (to > from) {
      for (const shapes of [index.startsAt(r, from, this.list), from < r.toks.length ? index.always[this.list]! : []])
        for (const k of shapes)
          if (index.allows(k) && index.reaches(k, from) && matchesExactly(index.node(k), r, from, to)) return true;
      return false;
    }
    for (let k = this.from; k < this.to; k++)
      if (index.allows(k) && matchesExactly(index.node(k), r, from, to)) return true;
    return false;
  }
}
