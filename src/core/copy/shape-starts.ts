/**
 * Which shapes of a ShapeIndex (shape-index.ts) can start at a token, by the words they open with (`leadOf` read
 * from their text, or `firstOf` of the parsed shape): one lookup per token key instead of trying every shape.
 */
import { isNumber } from './shapes.js';
import { eachSourceWord, sourceHas, sourceSize, type FirstWords, type WordSource } from './shape-needs.js';

const NONE: readonly number[] = [];
/** Word sources up to this size are indexed word by word; larger ones (whole classes) are asked per new token. */
export const SMALL = 24;

export const push = <K>(map: Map<K, number[]>, key: K, k: number) => {
  const list = map.get(key);
  if (list) list.push(k);
  else map.set(key, [k]);
};

export class StartIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly bySource = new Map<WordSource, number[]>();
  private readonly byNumber: number[] = [];
  private readonly always: number[] = [];
  /** The answer for a token that starts nothing (most tokens), shared. */
  private noStarts: (readonly number[])[] | undefined;

  /** `offsets`: where each list's shapes are ([offsets[v], offsets[v + 1])). */
  constructor(private readonly offsets: readonly number[]) {}

  /** Shape k can start with what `first` says. */
  add(k: number, first: FirstWords): void {
    if (first.any || first.nullable) return void this.always.push(k);
    for (const source of first.sources)
      if (sourceSize(source) > SMALL) push(this.bySource, source, k);
      else eachSourceWord(source, (w) => push(this.byWord, w, k));
    if (first.num) this.byNumber.push(k);
  }

  /**
   * The shapes that start anywhere (a gap or a wildcard first), per list, in index order: tried at every token
   * after the token's own (`startsOf`), so they are kept once per list, not in every token's memo.
   */
  alwaysByList(): (readonly number[])[] {
    const lists: number[][] = this.offsets.slice(1).map(() => []);
    for (const k of this.always) {
      let v = 0;
      while (k >= this.offsets[v + 1]!) v++;
      lists[v]!.push(k);
    }
    return lists.map((list) => (list.length ? list : NONE));
  }

  /**
   * The shapes that can start at a token, per list, in the order they are tried: by its keys, then as a number
   * (the shapes that start anywhere come after these, `alwaysByList`).
   */
  startsOf(token: string, keys: readonly string[]): (readonly number[])[] {
    const out: number[] = [];
    for (const key of keys) {
      const byKey: number[] = [...(this.byWord.get(key) ?? NONE)];
      // forEach: a first call's cold code allocates an entry and an iterator result per step of for…of
      this.bySource.forEach((shapes, source) => {
        if (sourceHas(source, key)) byKey.push(...shapes);
      });
      byKey.sort((a, b) => a - b);
      for (const k of byKey) if (!out.includes(k)) out.push(k);
    }
    if (isNumber(token)) for (const k of this.byNumber) if (!out.includes(k)) out.push(k);
    // most tokens start nothing: one shared answer; otherwise each shape to its list, in the order found
    if (!out.length) return (this.noStarts ??= this.offsets.slice(1).map(() => NONE));
    const lists: (readonly number[])[] = this.offsets.slice(1).map(() => NONE);
    for (const k of out) {
      let v = 0;
      while (k >= this.offsets[v + 1]!) v++;
      if (lists[v] === NONE) lists[v] = [k];
      else (lists[v] as number[]).push(k);
    }
    return lists;
  }
}
