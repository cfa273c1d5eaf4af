import type { ReadabilityFormula } from './readability/formula.js';
import type { PolarityLexicon } from './pack-polarity.js';
import type { DeclineGrammar } from './pack-decline.js';

/**
 * CopyPack: one language's copy rules as data. The engine (check-copy.ts, shapes.ts, decline.ts) is the same
 * for every language; a pack says which words mean what and which word orders are a dark pattern.
 * The format is described for pack authors in src/core/copy/README.md; the short version:
 *
 * - `classes`: named word classes, one entry per line. An entry is a word or a phrase of words; a one-word
 *   entry also matches its inflected forms (the pack's `suffixes`), and accents never matter (ó = o).
 * - shapes (`urgency`, `pressure`, `confirmshaming.shapes`, `vagueCta`): word orders over tokens in the shape
 *   language of shapes.ts: `word`, `a|b`, `@class`, `#` (a number), `~3` (up to 3 words of the same clause),
 *   `x?` (optional), `( … | … )` (alternatives of sequences), `!x` (the next word is not x), `<!x` (the word
 *   before is not x), `$` (end of a clause or of the text), `^` (start of the text or of a clause).
 * - `confirmshaming.polarity`: the frames of a shaming "no" (refuse a good, prefer a loss), read by polarity-frames.ts.
 * - `decline`: the grammar of a neutral refusal, for labels whose role is to say no (decline.ts): anything a
 *   decline label says beyond it about the visitor is confirmshaming.
 *
 * - `readability`: the language's formula object (readability/*.ts), imported by the pack so a page loads only
 *   the formulas of the languages it shows.
 *
 * Every pattern is bounded (gaps are `~N`, classes are finite), so a pack cannot make the checks non-linear.
 */

/** The copy rules a pack speaks for. */
export type CopyRuleId = 'confirmshaming' | 'false-urgency' | 'pressure' | 'vague-cta' | 'reading-level';

/** A shape in the shape language (shapes.ts), e.g. `'only|just # ~2 left|remaining'`. */
export type Shape = string;

// The polarity lexicon and the decline grammar have files of their own; every pack imports them from here.
export type { PolarityFrame, PolarityLexicon } from './pack-polarity.js';
export type { DeclineGrammar } from './pack-decline.js';

/**
 * Families of signals of a jab in modal and body copy, the same in every language (shaming-signals.ts):
 * - `stay`: a rhetorical question about the visitor's leaving or saying no ("Leaving already?", "Really?", "Don't
 *   you?", "and you say no?");
 * - `loss`: what the visitor loses, pinned on them ("your savings", "throw away your progress", "let 20 % pass");
 * - `others`: what others (smarter, more caring) do ("smart shoppers", "everyone else", "the only one who");
 * - `mock`: sarcasm and shrugs ("bold move", "good luck finding …", "have it your way", "what a shame");
 * - `dependant`: who suffers or is disappointed ("your team deserves", "your cart will miss you");
 * - `careless`: the visitor cast as not caring ("not serious about", "not important to you", "don't care").
 * - `refusal`: the visitor's no named as an act, not asked about ("By cancelling, …", "before you decline …",
 *   "Turning this off means …", "Kündigen?"): it shames with what others do, a shrug, a dependant or a visitor cast
 *   as careless, never with a `loss` or a `stay` (an honest cancellation dialog names the act and what it ends:
 *   "Cancel your plan? You'll lose access to your saved files").
 * A loss made final ("gone forever") is a `loss`: on its own family it would make "Deleting your account removes
 * your order history forever" a jab.
 */
export type ShamingSignal = 'stay' | 'loss' | 'others' | 'mock' | 'dependant' | 'careless';
/** Every family a pack may name: the six above and, optionally, `refusal`. */
export type SignalFamily = ShamingSignal | 'refusal';

/**
 * What the copy itself declares, so a claim is not left without its basis (check-copy.ts): a deadline given with a
 * date and its reason in the same text ("Early-bird pricing ends 31 May, when the line-up is published") is not
 * false urgency; a claim with its source named ("per the venue's box office") or a count that is a condition
 * ("notify me when fewer than 5 are left") is not pressure. Countdown timers are refused whatever the copy says, but for
 * a payment window the copy names (`paymentWindow`).
 */
export interface StatedInCopy {
  /** A deadline is stated when the text has one of `dates` (a date or clock time) and one of `reasons`. */
  deadline?: { dates: readonly Shape[]; reasons: readonly Shape[] };
  /**
   * Urgency about something that is no offer: the visitor's session, a sign-in link, a code, an appointment
   * ("Your session will expire in 5 minutes"). Never a cart, a discount or a price: a reserved-cart timer is urgency.
   */
  notOffer?: readonly Shape[];
  /**
   * What names an offer (`['@promo']`: a sale, a discount, a price). In copy about no offer (`notOffer`), a clause that
   * names an offer is urgency all the same unless it says itself that it is about no offer: "Your session expires in
   * 5 minutes. Sale ends tonight!" (but "Reset link sent. It expires in 1 hour.", "Last chance: your account is deleted
   * in 24 hours"). Without it, `notOffer` anywhere in the copy covers all of it.
   */
  offer?: readonly Shape[];
  /** A scarcity or activity claim is stated when the text has one of these: its source, or its condition. */
  source?: readonly Shape[];
  /**
   * A timer the copy says is the visitor's own payment window, set by the payment provider: the time left to pay a
   * bank transfer or a QR code ("You have 14:59 to pay", "Tiene 14 minutos para pagar"). Never a cart, a discount or a
   * price. The only timers the checks let pass; optional.
   */
  paymentWindow?: readonly Shape[];
}

export interface CopyPack {
  /** BCP 47 primary language subtag, lower case: "en", "de", "es", "fr". */
  lang: string;
  /** The language's name in English, for messages: "German". */
  name: string;
  /**
   * Frequent short words that identify the language of a string (articles, pronouns, prepositions,
   * auxiliaries, negation, politeness): "the and you not thanks". Shared words ("no", "a") are fine: the
   * language with the most of a string's words wins, ties go to the offer's locale.
   */
  functionWords: string;
  /**
   * Inflection: [suffix, replacement] pairs tried on a word to find the base forms a one-word class entry
   * names ("offers" → "offer", "ofertas" → "oferta"). Only suffixes that leave at least 2 letters apply.
   */
  suffixes: readonly (readonly [string, string])[];
  /** Also undo a doubled final consonant after a suffix ("getting" → "get"). English only, mostly. */
  undoubleConsonant?: boolean;
  /**
   * Nouns that head compounds, for languages that write compounds as one word with the head last (German:
   * a Neukundenrabatt is a Rabatt, a Rabattcode is a code). A word that ends in one of them, after at least
   * 3 letters, also has it as a base form. Written as the pack's entries are (inflections come from `suffixes`).
   */
  compoundHeads?: readonly string[];
  /** Split words at apostrophes ("l'offre" → "l" "offre") instead of joining them ("don't" → "dont"). */
  splitApostrophes?: boolean;
  /** Named word classes used as `@name` in shapes; one entry (a word or a phrase) per line. */
  classes: Readonly<Record<string, readonly string[]>>;
  /**
   * Named parts of shapes, used as `@name` like a class: a part is itself a shape, for what a word list cannot
   * say ("a number, or a number word": `count: '( # k? +? | @numberword )'`). A part may use classes and other
   * parts, never itself. Optional.
   */
  shapeParts?: Readonly<Record<string, Shape>>;
  confirmshaming: {
    /** Fixed shapes of mockery and guilt ("only suckers pay full price"). */
    shapes: readonly Shape[];
    polarity?: PolarityLexicon;
    /**
     * Signals that shame only together (shaming-signals.ts): shapes per family; copy with signals of two
     * different families is confirmshaming ("Leaving already?" + "your savings will miss you"). Optional.
     */
    signals?: Readonly<Partial<Record<SignalFamily, readonly Shape[]>>>;
  };
  /** What the copy declares itself: a deadline's date and reason, a claim's source (StatedInCopy). Optional. */
  stated?: StatedInCopy;
  /** The grammar of a neutral refusal (decline, stop and secondary labels). */
  decline: DeclineGrammar;
  /** Urgency: time pressure words and shapes ("ends tonight", "last chance"). Countdown timers are found by the engine. */
  urgency: readonly Shape[];
  /** Scarcity and activity claims ("only 2 left", "23 people are viewing this"). */
  pressure: readonly Shape[];
  /**
   * Claims told by two parts that may stand anywhere in the copy, both required: activity told by its time
   * ("Bought by Sam · 7 minutes ago") is `[ago, bought]`. The finding quotes the second. Optional.
   */
  pressurePairs?: readonly (readonly [Shape, Shape])[];
  /** Countdown timer words: unit words by kind (d/h/m/s) and the words that make "08:41" a timer or a clock. */
  countdown: {
    units: Readonly<Record<string, 'd' | 'h' | 'm' | 's'>>;
    /** Words near "08:41" that make it a timer: "ends", "in", "left". */
    cues: readonly string[];
    /** Words before "9:00" that make it a clock time: "at", "by", "from". */
    clockBefore: readonly string[];
    /** Words after "9:00" that make it a clock time: "am", "uhr". */
    clockAfter: readonly string[];
  };
  /** Whole labels that do not say what happens next ("Submit", "OK", "Weiter"): shapes matched against the whole label. */
  vagueCta: readonly Shape[];
  /** The reading-level formula of the language (readability/*.ts), or null when there is none. */
  readability: ReadabilityFormula | null;
  /**
   * Rules this pack does not check yet (a pack being written): copy in its language gets the
   * `copy-language-unchecked` warning naming them, never a silent pass.
   */
  unchecked?: readonly CopyRuleId[];
  /** A learned scorer (bench/train-scorer.ts), one signal for confirmshaming: weights are data, reproducible. */
  scorer?: ShamingScorer;
}

/** Logistic regression over hashed word and character n-grams; `score > threshold` → confirmshaming. */
export interface ShamingScorer {
  /** Hash buckets (a power of two). */
  buckets: number;
  /** Sparse weights: bucket → weight, as parallel arrays. */
  index: readonly number[];
  weight: readonly number[];
  bias: number;
  threshold: number;
}
