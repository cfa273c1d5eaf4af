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
 */
import type { PolarityLexicon } from './pack.js';
import { buildClasses, longestEnd, type Reading, type WordClass } from './shapes.js';
import type { PackWords } from './words.js';

export interface PolarityFrames {
  find(r: Reading): [number, number] | null;
}

export function compilePolarity(
  lexicon: PolarityLexicon,
  words: PackWords,
  packClasses: ReadonlyMap<string, WordClass>,
): PolarityFrames {
  // "polarity:" names never collide with the pack's own classes, which entries reach as "@name"
  const classes = buildClasses(
    words,
    {
      'polarity:refuse': lexicon.refuse,
      'polarity:prefer': lexicon.prefer,
      'polarity:flip': lexicon.flip,
      'polarity:good': lexicon.good,
      'polarity:loss': lexicon.loss,
      'polarity:without': lexicon.without ?? [],
    },
    packClasses,
  );
  const node = (name: string) => ({ k: 'class' as const, name, cls: classes.get(`polarity:${name}`) as WordClass });
  const refuse = node('refuse');
  const prefer = node('prefer');
  const flip = node('flip');
  const good = node('good');
  const loss = node('loss');
  const concordFree = node('without');
  const reach = lexicon.window ?? 6;
  const endOf = (n: ReturnType<typeof node>, r: Reading, i: number) => longestEnd(n, r, i);

  return {
    find(r) {
      let polarity = 0;
      let left = 0;
      let start = 0;
      for (let i = 0; i < r.toks.length; i++) {
        if (r.toks[i] === '.') {
          polarity = 0;
          continue;
        }
        let end = endOf(refuse, r, i);
        if (end > i) {
          if (!polarity) start = i;
          polarity = -1;
          left = reach;
          i = end - 1;
          continue;
        }
        end = endOf(prefer, r, i);
        if (end > i) {
          if (!polarity) start = i;
          polarity = 1; // a new preference: "Rechazo porque me gusta sufrir"
          left = reach;
          i = end - 1;
          continue;
        }
        if (!polarity) continue;
        if (left-- <= 0) {
          polarity = 0;
          continue;
        }
        end = endOf(flip, r, i);
        // a negative word agrees with a refusal rather than turning it ("No quiero nada bueno": negative concord);
        // "without" still turns it
        if (end > i && (polarity === 1 || endOf(concordFree, r, i) > i)) {
          polarity = -polarity;
          left = reach;
          i = end - 1;
          continue;
        }
        const isLoss = endOf(loss, r, i);
        const isGood = isLoss > i ? -1 : endOf(good, r, i);
        if (isLoss > i) {
          if (polarity === 1) return [start, isLoss];
          polarity = 0;
        } else if (isGood > i) {
          if (polarity === -1) return [start, isGood];
          polarity = 0;
        }
      }
      return null;
    },
  };
}
