/**
 * confirmshaming by polarity, for any pack with a `PolarityLexicon`: one pass over the tokens.
 *
 *   refuse frame  "no quiero" / "ich will keine"   + a good  → shaming    "No quiero ahorrar"
 *   refuse frame                                   + a loss  → fine       "No quiero perder mis datos"
 *   prefer frame  "prefiero" / "lieber"            + a loss  → shaming    "Prefiero pagar de más"
 *   prefer frame                                   + a good  → fine       "Prefiero el plan gratuito"
 *
 * A flip word inside a preference turns it round ("Prefiero no ahorrar"); inside a refusal a negative word agrees
 * with it ("No quiero nada bueno") and only a `without` word turns it. A frame reads at most `window` words and
 * ends at a sentence end, so the scan is linear.
 *
 * A lexicon may also open frames by shapes (`frames`: "who needs", "keep me" at the start of a label), some only
 * once the sentence speaks in the first person (`subject`); name goods and losses by shapes (`goodShapes`,
 * `lossShapes`: "pay ~2 more", "save money"); and read mockery (`mock`: "I'm too …"), a good let slip
 * (`preferShames`) and a loaded yes beside a plain no (`loadedYes`). The English pack uses all of them.
 */
import type { PolarityFrame, PolarityLexicon } from './pack.js';
import {
  buildClasses,
  longestEnd,
  ShapeParts,
  type Node,
  type Reading,
  type WordClass,
  type WordClasses,
} from './shapes.js';
import { ShapeSet } from './shape-set.js';
import { grown } from './shape-index.js';
import { sourceHas } from './shape-needs.js';
import type { PackWords } from './words.js';

export interface PolarityFrames {
  find(r: Reading): [number, number] | null;
  /** Parses every shape of the lexicon now (a whole-pack compile). */
  parseAll(): void;
}

interface CompiledFrame {
  frame: PolarityFrame;
  good: Node | undefined;
  loss: Node | undefined;
}

export function compilePolarity(
  lexicon: PolarityLexicon,
  words: PackWords,
  packClasses: WordClasses,
  parts?: Readonly<Record<string, string>>,
): PolarityFrames {
  // "polarity:" names never collide with the pack's own classes, which entries reach as "@name"
  const frameWords: Record<string, readonly string[]> = {};
  (lexicon.frames ?? []).forEach((frame, k) => {
    frameWords[`polarity:frame${k}:good`] = frame.good ?? [];
    frameWords[`polarity:frame${k}:loss`] = frame.loss ?? [];
  });
  const classes = buildClasses(
    words,
    {
      'polarity:refuse': lexicon.refuse,
      'polarity:prefer': lexicon.prefer,
      'polarity:flip': lexicon.flip,
      'polarity:good': lexicon.good,
      'polarity:loss': lexicon.loss,
      'polarity:without': lexicon.without ?? [],
      'polarity:subject': lexicon.subject ?? [],
      'polarity:channel': lexicon.channels ?? [],
      'polarity:product': lexicon.products ?? [],
      'polarity:yes': lexicon.loadedYes?.yes ?? [],
      ...frameWords,
    },
    packClasses,
  );
  const node = (name: string): Node => ({ k: 'class', name, cls: classes.get(`polarity:${name}`) as WordClass });
  const refuse = node('refuse');
  const prefer = node('prefer');
  const flip = node('flip');
  const good = node('good');
  const loss = node('loss');
  const concordFree = node('without');
  const subjectWord = node('subject');
  const channel = node('channel');
  const product = node('product');
  const yesWord = node('yes');
  const reach = lexicon.window ?? 6;
  // Which of the lexicon's classes can start at a token, as bits, once per token string: most tokens start none,
  // so most class lookups of the scan are one bit test.
  const tested: Node[] = [yesWord, subjectWord, refuse, prefer, flip, concordFree, loss, good, channel];
  const [YES, SUBJECT, REFUSE, PREFER, FLIP, WITHOUT, LOSS, GOOD, CHANNEL] = tested.map((_, k) => 1 << k) as number[];
  /** The token starts one of the frames' opening shapes (by its words: what the shapes need is asked later). */
  const OPENER = 1 << tested.length;
  // each token's bits by its id (words.ts), plus one (0: not worked out yet); ids of another epoch start again
  let masks = new Int32Array(256);
  let epoch = -1;
  const startsAt = (r: Reading, i: number): number => {
    if (i >= r.toks.length) return 0;
    const id = r.ids[i]!;
    const known = id < masks.length ? masks[id]! : 0;
    return known ? known - 1 : maskOf(r, i, id);
  };
  const maskOf = (r: Reading, i: number, id: number): number => {
    const keys = r.keys[i]!;
    let mask = 0;
    for (let k = 0; k < tested.length; k++) {
      // the class itself is asked (no copy of its words: the first call of a page pays for none)
      const cls = (tested[k] as { cls: WordClass }).cls;
      for (const key of keys) if (sourceHas(cls, key)) mask |= 1 << k;
    }
    if (openers?.startsAt(r, i)) mask |= OPENER;
    if (id >= masks.length) masks = grown(masks, id);
    masks[id] = mask + 1;
    return mask;
  };
  /** The text's start bits, one per token (reused from text to text: one scan at a time). */
  const bits: number[] = [];
  /** The end of the longest match of class `n` (its bit `bit`) at i, or -1; the bit test skips most lookups. */
  const endOf = (n: Node, bit: number, r: Reading, i: number) =>
    i < r.toks.length && bits[i]! & bit ? longestEnd(n, r, i) : -1;
  const all = classes; // the lexicon's classes, then the pack's
  const shapeParts = new ShapeParts(parts, words, all);
  const frames: CompiledFrame[] = (lexicon.frames ?? []).map((frame, k) => ({
    frame,
    good: frame.good?.length ? node(`frame${k}:good`) : undefined,
    loss: frame.loss?.length ? node(`frame${k}:loss`) : undefined,
  }));
  // every frame's openers in one list; which frame each shape opens
  const openerFrame = frames.flatMap((compiled) => compiled.frame.opens.map(() => compiled));
  const lists = [
    (lexicon.frames ?? []).flatMap((frame) => frame.opens),
    lexicon.goodShapes,
    lexicon.lossShapes,
    lexicon.refusedGood,
    lexicon.explicitGood,
    lexicon.mock,
    lexicon.preferShames,
    lexicon.loadedYes?.no,
  ].map((list) => list ?? []);
  // the lexicon's shape lists share one index (one look at each token serves them all); an empty list is no set
  const sets = ShapeSet.several(lists, words, all, shapeParts);
  const [openers, goodShapes, lossShapes, refusedGood, explicitGood, mock, preferShames, plainNo] = sets.map(
    (set, k) => (lists[k]!.length ? set : undefined),
  );
  /** The end of a match of a shape set at i, or -1. */
  const at = (set: ShapeSet | undefined, r: Reading, i: number) => (set ? set.at(r, i) : -1);

  // What allowedOpener reads of the sentence being read: set by find before each try, so the filter is made once
  // per compiled pack, not once per text.
  const openerState = { polarity: 0, subject: false };
  const allowedOpener = (k: number) => {
    const frame = openerFrame[k]!.frame;
    return (
      !(frame.outside && openerState.polarity) && !(frame.personal && !openerState.subject && !openerState.polarity)
    );
  };

  return {
    parseAll() {
      classes.all();
      for (const set of [openers, goodShapes, lossShapes, refusedGood, explicitGood, mock, preferShames, plainNo])
        set?.parseAll();
    },
    find(r) {
      // one pass for the start bits; copy where no frame can open (no refusal, preference or opener) has no shaming
      if (r.epoch !== epoch) {
        masks.fill(0);
        epoch = r.epoch;
      }
      let any = 0;
      for (let i = 0; i < r.toks.length; i++) any |= bits[i] = startsAt(r, i);
      if (!(any & (REFUSE | PREFER)) && !(any & OPENER && openers!.mayMatch(r))) return null;
      let polarity = 0;
      let left = 0;
      let start = 0;
      let subject = false; // the sentence speaks in the first person
      let outright = false; // the frame's polarity is its opener's, not a flip word's
      let mocking = false;
      let yes = false;
      let loadedYes: [number, number] | null = null;
      let saidNo = false;
      let open: CompiledFrame | undefined;
      for (let i = 0; i < r.toks.length; i++) {
        if (r.toks[i] === '.') {
          polarity = 0; // the frame closes
          mocking = false;
          open = undefined;
          subject = yes = false;
          continue;
        }
        if (plainNo && !saidNo && at(plainNo, r, i) > i) saidNo = true;
        if (!polarity && endOf(yesWord, YES, r, i) > i) yes = true;
        if (endOf(subjectWord, SUBJECT, r, i) > i) subject = true;

        // frames opened by shapes
        let opened = false;
        openerState.polarity = polarity;
        openerState.subject = subject;
        // only where an opener can start (the token's OPENER bit: `openers.startsAt`, so `at` would find none)
        const openEnd = openers && bits[i]! & OPENER ? openers.at(r, i, r.toks.length, allowedOpener) : -1;
        if (openEnd > i) {
          const compiled = openerFrame[openers!.matched]!;
          const { frame } = compiled;
          const end = openEnd;
          if (frame.speaks) subject = true;
          if (frame.extendsOpen && polarity) left = frame.window ?? reach;
          else {
            if (!polarity) start = i;
            polarity = frame.polarity === 'refuse' ? -1 : 1;
            outright = true;
            mocking = false;
            open = compiled;
            left = frame.window ?? reach;
          }
          i = end - 1;
          opened = true;
        }
        if (opened) continue;

        let end = endOf(refuse, REFUSE, r, i);
        if (end > i) {
          if (!polarity) start = i;
          polarity = -1;
          outright = true;
          open = undefined;
          left = reach;
          i = end - 1;
          continue;
        }
        end = endOf(prefer, PREFER, r, i);
        if (end > i) {
          if (!polarity) start = i;
          polarity = 1; // a new preference: "Rechazo porque me gusta sufrir"
          outright = true;
          open = undefined;
          left = reach;
          i = end - 1;
          continue;
        }
        if (!polarity) continue;
        if (left-- <= 0) {
          polarity = 0; // the frame closes
          mocking = false;
          open = undefined;
          continue;
        }
        end = at(mock, r, i);
        if (end > i) {
          polarity = -polarity;
          mocking = true;
          outright = false;
          left = reach;
          i = end - 1;
          continue;
        }
        end = endOf(flip, FLIP, r, i);
        // a negative word agrees with a refusal rather than turning it ("No quiero nada bueno": negative concord);
        // "without" still turns it
        if (end > i && (polarity === 1 || endOf(concordFree, WITHOUT, r, i) > i)) {
          polarity = -polarity;
          outright = false;
          left = reach;
          i = end - 1;
          continue;
        }
        if (polarity === 1 && preferShames) {
          end = at(preferShames, r, i);
          if (end > i) return [start, end];
        }
        const isLoss = Math.max(
          endOf(loss, LOSS, r, i),
          at(lossShapes, r, i),
          open?.loss ? longestEnd(open.loss, r, i) : -1,
        );
        let isGood = -1;
        if (isLoss <= i) {
          isGood = Math.max(
            endOf(good, GOOD, r, i),
            at(goodShapes, r, i),
            open?.good ? longestEnd(open.good, r, i) : -1,
          );
          if (polarity === -1) isGood = Math.max(isGood, at(refusedGood, r, i));
          if (polarity === -1 && outright) isGood = Math.max(isGood, at(explicitGood, r, i));
          // "discount emails", "free trial": the good names a channel or a product
          if (isGood > i && (endOf(channel, CHANNEL, r, i + 1) > i + 1 || endOf(channel, CHANNEL, r, i + 2) > i + 2))
            isGood = -1;
          // "Continue without the protection plan": a product declined through a flip word
          if (
            isGood > i &&
            !outright &&
            (longestEnd(product, r, i + 1) > i + 1 || longestEnd(product, r, i + 2) > i + 2)
          )
            isGood = -1;
        }
        if (isLoss > i) {
          if (polarity === 1 || mocking) return [start, isLoss];
          polarity = 0; // the frame closes
          mocking = false;
          open = undefined;
        } else if (isGood > i) {
          if (polarity === -1 || mocking) return [start, isGood];
          // "Yes, I want free shipping!": shaming when a plain "No" sits beside it
          if (yes) loadedYes ??= [start, isGood];
          polarity = 0; // the frame closes
          mocking = false;
          open = undefined;
        }
      }
      return loadedYes && saidNo ? loadedYes : null;
    },
  };
}
