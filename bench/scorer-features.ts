/**
 * The features of the learned confirmshaming signal that bench/scorer.ts measures (not shipped: see its header).
 * Hashed into 2^bits buckets (FNV-1a): the folded words, word pairs and character 3-grams of the text as the pack
 * reads it, the names of the pack's shaming-signal families that match (`f:loss`, `f:stay`, …: the same names in
 * every language, so what is learned from one language carries to the others), how many match, whether a decline
 * head ("no thanks") or a reason opener ("I'll") of the pack's decline grammar is in it, and the length. The gate:
 * copy where no family matches is never scored. The family sets are built as the engine builds them (with the
 * pack's shape parts), each pack once.
 */
import type { CompiledPack } from '../src/core/copy/compiled-pack.js';
import type { CopyPack } from '../src/core/copy/pack.js';
import { buildClasses, ShapeParts, type Reading } from '../src/core/copy/shapes.js';
import { ShapeSet } from '../src/core/copy/shape-set.js';
import { tokenize, type Tokens } from '../src/core/copy/tokens.js';
import { fold } from '../src/core/copy/words.js';

/** What the scorer reads of a pack: its families as shape sets, its decline heads and reason openers. */
interface PackView {
  families: [name: string, set: ShapeSet][];
  heads: string[];
  openers: string[];
}

const views = new WeakMap<CopyPack, PackView>();
const spaced = (phrase: string) => ` ${tokenize(phrase).toks.map(fold).join(' ')} `;

function viewOf(c: CompiledPack): PackView {
  let view = views.get(c.pack);
  if (!view) {
    const pack = c.pack;
    const classes = buildClasses(c.words, pack.classes);
    const entries = Object.entries(pack.confirmshaming.signals ?? {}).filter(([, list]) => !!list?.length);
    const sets = ShapeSet.several(
      entries.map(([, list]) => list!),
      c.words,
      classes,
      new ShapeParts(pack.shapeParts, c.words, classes),
    );
    view = {
      families: entries.map(([name], k) => [name, sets[k]!]),
      heads: pack.decline.heads.map(spaced),
      openers: pack.decline.reasonOpeners.map(spaced),
    };
    views.set(pack, view);
  }
  return view;
}

export function hash(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 ** bits;
}

/** A feature by name and the words of the text it stands for (token range), for the finding's quote. */
export interface ScorerFeature {
  name: string;
  span: [number, number] | null;
}

/** The pack's shaming-signal families that match the text (the gate: none, and the text is not scored). */
export function familiesFound(c: CompiledPack, r: Reading): string[] {
  const found: string[] = [];
  for (const [name, set] of viewOf(c).families) if (set.find(r)) found.push(name);
  return found;
}

/** The features of a text whose matching families are `found`. */
export function scorerFeatures(c: CompiledPack, t: Tokens, found: readonly string[]): ScorerFeature[] {
  const view = viewOf(c);
  const toks = t.toks.map(fold);
  const out: ScorerFeature[] = [];
  toks.forEach((tok, i) => {
    out.push({ name: `w:${tok}`, span: [i, i + 1] });
    if (i > 0) out.push({ name: `b:${toks[i - 1]} ${tok}`, span: [i - 1, i + 1] });
  });
  const joined = ` ${toks.join(' ')} `;
  for (let i = 0; i + 3 <= joined.length; i++) out.push({ name: `c:${joined.slice(i, i + 3)}`, span: null });
  for (const name of found) out.push({ name: `f:${name}`, span: null });
  out.push({ name: `f#${Math.min(found.length, 3)}`, span: null });
  const head = view.heads.some((p) => joined.includes(p));
  const opener = view.openers.some((p) => joined.includes(p));
  if (head) out.push({ name: 'd:head', span: null });
  if (opener) out.push({ name: 'd:opener', span: null });
  if (head && opener) out.push({ name: 'd:head+opener', span: null });
  out.push({ name: `len:${Math.min(toks.length >> 2, 8)}`, span: null });
  return out;
}

/** The distinct buckets of a feature list (a feature counts once, as in training). */
export function scorerBuckets(features: readonly ScorerFeature[], bits: number): number[] {
  return [...new Set(features.map((f) => hash(f.name, bits)))];
}
