/**
 * A CopyPack compiled for the engine, once, on first use: word classes built, shapes parsed and indexed by
 * their first words, the decline grammar and polarity frames ready. Compiling is cheap (no regular
 * expressions), and each part is compiled only when a check first needs it.
 */
import type { CopyPack } from './pack.js';
import { buildClasses, ShapeParts, type Reading } from './shapes.js';
import { ShapeSet } from './shape-set.js';
import { compilePolarity, type PolarityFrames } from './polarity-frames.js';
import { compileDecline, type DeclineCheck } from './decline.js';
import { compileSignals, type ShamingSignals } from './shaming-signals.js';
import { packWords, type PackWords } from './words.js';
import { tokenize, type Tokens } from './tokens.js';

export interface CompiledPack {
  pack: CopyPack;
  words: PackWords;
  readonly shaming: ShapeSet;
  readonly polarity: PolarityFrames | undefined;
  /** `confirmshaming.signals`: two families together shame. */
  readonly signals: ShamingSignals | undefined;
  readonly decline: DeclineCheck;
  readonly urgency: ShapeSet;
  readonly pressure: ShapeSet;
  readonly vague: ShapeSet;
  /** `stated`: a deadline's date and reason, a claim's source, said in the copy itself. */
  readonly stated: {
    /** A deadline with its date and its reason said anywhere in the copy. */
    deadline(r: Reading): boolean;
    /**
     * The first match of `urgency` that is about an offer: in copy about no offer (`stated.notOffer`: "Your session
     * expires in 5 minutes", "Reset link sent. It expires in 1 hour."), only one in a clause that names an offer
     * (`stated.offer`) and does not say itself that it is about no offer ("… Sale ends tonight!").
     */
    aboutOffer(r: Reading, urgency: ShapeSet): [number, number] | null;
    source(r: Reading): boolean;
    /** `stated.paymentWindow`: a timer is the visitor's own payment window. */
    paymentWindow(r: Reading): boolean;
    parseAll(): void;
  };
  /** `pressurePairs`: both shapes of a pair must match. */
  readonly pressurePairs: readonly (readonly [ShapeSet, ShapeSet])[];
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
/** The tokens that end a clause (tokens.ts: "." for . ! ? …, "," for , ;). */
const CLAUSE_END = new Set(['.', ',', ':']);

export function compilePack(pack: CopyPack): CompiledPack {
  const done = compiled.get(pack);
  if (done) return done;
  const words = packWords(pack);
  // Each part is built on first use: most copy needs only a few of them, and the first call of a page pays
  // for what it uses (the decline grammar only for decline labels, the older patterns only behind their gate).
  let classes: ReturnType<typeof buildClasses> | undefined;
  const classesOf = () => (classes ??= buildClasses(words, pack.classes));
  let parts: ShapeParts | undefined;
  const partsOf = () => (parts ??= new ShapeParts(pack.shapeParts, words, classesOf()));
  const shapes = (list: readonly string[]) => new ShapeSet(list, words, classesOf(), partsOf());
  // The shapes every text is read for share one index: one look at each token serves them all.
  let shared: ReturnType<typeof sharedSets> | undefined;
  const sharedSets = () => {
    const families = Object.values(pack.confirmshaming.signals ?? {}).filter((list) => !!list?.length);
    const pairLists = (pack.pressurePairs ?? []).flatMap(([a, b]) => [[a], [b]]);
    const lists = [pack.confirmshaming.shapes, pack.urgency, pack.pressure, ...pairLists, ...families];
    const [shaming, urgency, pressure, ...rest] = ShapeSet.several(lists, words, classesOf(), partsOf());
    const pairSets = rest.slice(0, pairLists.length);
    const pairs = (pack.pressurePairs ?? []).map((_, k) => [pairSets[2 * k]!, pairSets[2 * k + 1]!] as const);
    const familySets = new Map(families.map((list, k) => [list, rest[pairLists.length + k]!]));
    return { shaming: shaming!, urgency: urgency!, pressure: pressure!, pairs, familySets };
  };
  const sets = () => (shared ??= sharedSets());
  let polarity: PolarityFrames | undefined | null;
  let decline: DeclineCheck | undefined;
  let signals: ShamingSignals | undefined | null;
  let stated: CompiledPack['stated'] | undefined;
  let vague: ShapeSet | undefined;
  const countdown = {
    units: pack.countdown.units,
    cues: new Set(pack.countdown.cues),
    clockBefore: new Set(pack.countdown.clockBefore),
    clockAfter: new Set(pack.countdown.clockAfter),
  };
  const c: CompiledPack = {
    pack,
    words,
    get shaming() {
      return sets().shaming;
    },
    get polarity() {
      const lexicon = pack.confirmshaming.polarity;
      if (polarity === undefined)
        polarity = lexicon ? compilePolarity(lexicon, words, classesOf(), pack.shapeParts) : null;
      return polarity ?? undefined;
    },
    get signals() {
      const families = pack.confirmshaming.signals;
      if (signals === undefined)
        signals = families ? compileSignals(families, (list) => sets().familySets.get(list) ?? shapes(list)) : null;
      return signals ?? undefined;
    },
    get decline() {
      return (decline ??= compileDecline(pack.decline, words, classesOf()));
    },
    get urgency() {
      return sets().urgency;
    },
    get pressure() {
      return sets().pressure;
    },
    get vague() {
      return (vague ??= shapes(pack.vagueCta));
    },
    get stated() {
      if (stated) return stated;
      const { deadline, source, notOffer, offer, paymentWindow } = pack.stated ?? {};
      // one index for the six lists: a text is read once for all of them
      const [dates, reasons, sources, technical, offers, windows] = ShapeSet.several(
        [
          deadline?.dates ?? [],
          deadline?.reasons ?? [],
          source ?? [],
          notOffer ?? [],
          offer ?? [],
          paymentWindow ?? [],
        ],
        words,
        classesOf(),
        partsOf(),
      ).map((set, k) => ([deadline, deadline, source, notOffer, offer, paymentWindow][k] ? set : undefined));
      return (stated = {
        deadline: (r) => !!dates && !!reasons && !!dates.find(r) && !!reasons.find(r),
        aboutOffer: (r, urgency) => {
          let u = urgency.find(r);
          if (!u || !technical?.find(r)) return u;
          // the copy is about no offer, but a clause of it names one and does not say it is about no offer itself
          for (const n = r.toks.length; u;) {
            let from: number = u[0];
            while (from > 0 && !CLAUSE_END.has(r.toks[from - 1]!)) from--;
            let to: number = u[1];
            while (to < n && !CLAUSE_END.has(r.toks[to]!)) to++;
            if (offers?.find(r, from, to) && !technical.find(r, from, to)) return u;
            u = to + 1 < n ? urgency.find(r, to + 1) : null;
          }
          return null;
        },
        source: (r) => !!sources?.find(r),
        paymentWindow: (r) => !!windows?.find(r),
        parseAll: () => [dates, reasons, sources, technical, offers, windows].forEach((set) => set?.parseAll()),
      });
    },
    get pressurePairs() {
      return sets().pairs;
    },
    countdown,
    read(text, joined) {
      const t = pack.splitApostrophes ? tokenize(text, { splitApostrophes: true }) : joined;
      const n = t.toks.length;
      words.trim(); // before the text: all its tokens' ids are of one epoch
      const keys: (readonly string[])[] = new Array(n);
      const ids = new Int32Array(n);
      for (let i = 0; i < n; i++) ids[i] = (keys[i] = words.keys(t.toks[i]!)).id;
      return { t, r: { toks: t.toks, keys, ids, epoch: words.epoch } };
    },
  };
  compiled.set(pack, c);
  return c;
}

/** Compiles every part of a pack now (tests: a shape that does not parse throws here, naming it). */
export function compileWholePack(pack: CopyPack): CompiledPack {
  const c = compilePack(pack);
  buildClasses(c.words, pack.classes).all(); // every class, even one no shape names (classes are built when used)
  for (const set of [c.shaming, c.urgency, c.pressure, c.vague, ...c.pressurePairs.flat()]) set.parseAll();
  c.polarity?.parseAll();
  c.signals?.parseAll();
  c.stated.parseAll();
  c.decline.parseAll();
  return c;
}
