/**
 * A CopyPack compiled for the engine, once, on first use: word classes built, shapes parsed and indexed by
 * their first words, the decline grammar and polarity frames ready. Compiling is cheap (no regular
 * expressions except a pack's optional `extra.patterns`, which compile on first use behind their gate).
 */
import type { CopyPack } from './pack.js';
import { buildClasses, ShapeSet, type Reading } from './shapes.js';
import { compilePolarity, type PolarityFrames } from './polarity-frames.js';
import { compileDecline, type DeclineCheck } from './decline.js';
import { GatedPatterns } from './first-words.js';
import { packWords, type PackWords } from './words.js';
import { tokenize, type Tokens } from './tokens.js';

export interface CompiledPack {
  pack: CopyPack;
  words: PackWords;
  functionWords: ReadonlySet<string>;
  shaming: ShapeSet;
  polarity: PolarityFrames | undefined;
  decline: DeclineCheck;
  urgency: ShapeSet;
  pressure: ShapeSet;
  vague: ShapeSet;
  patterns: {
    confirmshaming?: GatedPatterns;
    urgency?: GatedPatterns;
    pressure?: GatedPatterns;
    activityTime?: GatedPatterns;
    activityWord?: GatedPatterns;
  };
  countdown: {
    units: Readonly<Record<string, 'd' | 'h' | 'm' | 's'>>;
    cues: ReadonlySet<string>;
    clockBefore: ReadonlySet<string>;
    clockAfter: ReadonlySet<string>;
  };
  /** The text as this pack reads it (its own tokenizer options), with lookup keys. */
  read(text: string, joined: Tokens): { t: Tokens; r: Reading };
}

const compiled = new WeakMap<CopyPack, CompiledPack>();

export function compilePack(pack: CopyPack): CompiledPack {
  const done = compiled.get(pack);
  if (done) return done;
  const words = packWords(pack);
  const classes = buildClasses(words, pack.classes);
  const shapes = (list: readonly string[]) => new ShapeSet(list, words, classes);
  const gated = (list: readonly string[] | undefined) => (list?.length ? new GatedPatterns(list) : undefined);
  const extra = pack.extra?.patterns;
  const c: CompiledPack = {
    pack,
    words,
    functionWords: new Set(words.literal(pack.functionWords)),
    shaming: shapes(pack.confirmshaming.shapes),
    polarity: pack.confirmshaming.polarity ? compilePolarity(pack.confirmshaming.polarity, words) : undefined,
    decline: compileDecline(pack.decline, words, classes),
    urgency: shapes(pack.urgency),
    pressure: shapes(pack.pressure),
    vague: shapes(pack.vagueCta),
    patterns: {
      confirmshaming: gated(extra?.confirmshaming),
      urgency: gated(extra?.urgency),
      pressure: gated(extra?.pressure),
      activityTime: gated(pack.extra?.activity ? [pack.extra.activity.time] : undefined),
      activityWord: gated(pack.extra?.activity ? [pack.extra.activity.word] : undefined),
    },
    countdown: {
      units: pack.countdown.units,
      cues: new Set(pack.countdown.cues),
      clockBefore: new Set(pack.countdown.clockBefore),
      clockAfter: new Set(pack.countdown.clockAfter),
    },
    read(text, joined) {
      const t = pack.splitApostrophes ? tokenize(text, { splitApostrophes: true }) : joined;
      return { t, r: { toks: t.toks, keys: t.toks.map((tok) => words.keys(tok)) } };
    },
  };
  compiled.set(pack, c);
  return c;
}
