import type { ReadabilityFormula } from './readability/formula.js';

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

/**
 * The frames of a shaming "no", by polarity: refusing something of value, or preferring a loss, in the first
 * person ("I don't want to save money", "I'd rather stay uninformed"). A frame reads up to `window` words of
 * its clause; a flip word inside it turns it round ("I'd rather not win"); its object decides.
 */
export interface PolarityLexicon {
  /** Phrases that refuse what follows: "i dont want", "no necesito", "ich will keine". */
  refuse: readonly string[];
  /** Phrases that prefer what follows: "id rather", "prefiero", "ich bleibe lieber". */
  prefer: readonly string[];
  /** Words that turn a preference round inside it: "not", "without", "sin", "ohne". */
  flip: readonly string[];
  /**
   * Flip words that also turn a refusal round ("without", "sin"); the other flip words agree with a refusal
   * (negative concord: "No quiero nada bueno" refuses something good). Optional.
   */
  without?: readonly string[];
  /** Things of value: refusing them is shaming ("savings", "ahorro", "Rabatt"). */
  good: readonly string[];
  /** Losses and harms: preferring them is shaming ("overpay", "pagar de más", "verpassen"). */
  loss: readonly string[];
  /** Words the frame may read after its opener (default 6). */
  window?: number;
  /**
   * More frames, opened by shapes (the shape language of shapes.ts), for what a phrase cannot say: "who needs",
   * "why would I want", "keep me …" at the start of a label, "lose my …". Tried in order, before `refuse` and
   * `prefer`. Optional; the fields below are optional too, and a lexicon without them reads as before.
   */
  frames?: readonly PolarityFrame[];
  /** First-person words: a `personal` frame opens only after one of them in the sentence (or inside a frame). */
  subject?: readonly string[];
  /** Shapes of things of value, for what a word cannot say alone: "save money", "% off", "<to help". */
  goodShapes?: readonly Shape[];
  /** Shapes of losses: "pay|spend ~2 more|extra", "<too" excluded, "high|hidden @cost", "out of the loop". */
  lossShapes?: readonly Shape[];
  /** Things of value only when refused ("I don't care about the planet"); a preference passes over them. */
  refusedGood?: readonly Shape[];
  /** …and only when refused outright, not by a flip word ("I'd rather not save", but "Continue without saving"). */
  explicitGood?: readonly Shape[];
  /** Words that, right after a good, make it a channel or a product, not the good ("discount emails", "free trial"). */
  channels?: readonly string[];
  /**
   * Words that, right after a good, make it a product that a flip word declines ("Continue without the protection
   * plan"); refused outright it still shames ("I prefer not to have a protection plan").
   */
  products?: readonly string[];
  /** Shapes that turn a frame into mockery, where a good and a loss both shame: "<im|am too" ("I'm too cool for …"). */
  mock?: readonly Shape[];
  /** Shapes that shame inside a preference whatever follows: a good let slip, put off, or called enough. */
  preferShames?: readonly Shape[];
  /** A loaded yes: a preference for a good after a `yes` word shames when the copy also has a plain `no`. */
  loadedYes?: { yes: readonly string[]; no: readonly Shape[] };
}

/** A frame opened by a shape (`PolarityLexicon.frames`). */
export interface PolarityFrame {
  /** Shapes that open the frame; what follows the match is read for the object. */
  opens: readonly Shape[];
  polarity: 'refuse' | 'prefer';
  /** Opens only after a first-person word in the sentence, or inside another frame. */
  personal?: boolean;
  /** Opens only when no frame is open ("Keep me …" at the start of a label). */
  outside?: boolean;
  /** Inside an open frame it only lets that frame read on (a preference word inside a refusal). */
  extendsOpen?: boolean;
  /** Opening it says the sentence is the visitor's ("No thanks, …"): later `personal` frames may open. */
  speaks?: boolean;
  /** Words this frame may read (default: the lexicon's window). */
  window?: number;
  /** Things of value only in this frame ("them" after "abandon", "points" after "forfeit my"). */
  good?: readonly string[];
  /** Losses only in this frame (boasts after "No thanks, …": "my skin is perfect"). */
  loss?: readonly string[];
}

/**
 * What a neutral refusal is, for labels whose role is to say no (the decline label, the stop label, a secondary
 * action). A label is read clause by clause (clauses end at . , ; : and at dashes and parentheses):
 *
 *   clause := head object? time? courtesy?      "No thanks" · "Skip the add-on" · "Not now, thanks"
 *           | time courtesy?                     "Maybe later" · "Later"
 *           | reason                             "I'll pay monthly" · "I need to check with my team"
 *
 * A reason is the visitor's own reason or alternative: it opens with one of `reasonOpeners` (first person) or
 * matches one of `reasonShapes`, and says nothing in `evaluative`. Any clause that is none of these, or any
 * evaluative word, is what went beyond a refusal: confirmshaming, and the message quotes those words.
 */
export interface DeclineGrammar {
  /** Whole refusals: "no thanks", "not now", "maybe later", "no", "skip". */
  heads: readonly string[];
  /** Verbs of saying no that take an object: "cancel", "skip", "keep", "continue without", "stay on". */
  verbs: readonly string[];
  /** Words that may open a neutral object: "the", "this", "my", "your". */
  determiners: readonly string[];
  /** Neutral things a refusal may name: "offer", "upgrade", "add-on", "plan", "subscription", "step". */
  objects: readonly string[];
  /** Neutral words inside an object: "current", "free", "basic", "monthly", "yearly". */
  modifiers: readonly string[];
  /** Neutral times: "for now", "right now", "today", "this time", "later". */
  times: readonly string[];
  /** Courtesy: "thanks", "thank you", "please". */
  courtesy: readonly string[];
  /** First-person openers of the visitor's own reason or alternative: "ill", "i need to", "i cant", "we will". */
  reasonOpeners: readonly string[];
  /**
   * Openers of an alternative ("id rather", "i prefer to", "prefiero"): what follows must be refusal words (a verb
   * of the grammar, an object, a time), so the alternative is about the offer ("I'd rather pay monthly"), not a
   * worse life ("I'd rather eat cold soup"). Optional; also list them in `reasonOpeners`.
   */
  alternativeOpeners?: readonly string[];
  /** Reasons that do not open in the first person: "one region is enough" → `'~3 is|are enough'`. */
  reasonShapes: readonly Shape[];
  /**
   * Words that make a reason a preference or a taste ("lieber", "gerne", "ich stehe auf", "plutôt"). The visitor's
   * own alternative is fine when it names neutral things ("ich zahle lieber monatlich"); a preference for
   * anything else is the sarcastic alternative ("ich esse lieber weiter Tiefkühlpizza"). So a clause with one of
   * these words may hold only words of this grammar (heads, verbs, determiners, objects, modifiers, times,
   * courtesy, openers, these words, `neutral`) and numbers. Unlike `alternativeOpeners` the word may stand
   * anywhere in the clause, as German puts it after the verb ("ich zahle lieber …"). Optional.
   */
  preference?: readonly string[];
  /** Words a preference clause may use besides the grammar's own: pronouns, auxiliaries, "weiter", "selbst". */
  neutral?: readonly string[];
  /**
   * Words that say something about the visitor (their tastes, a loss, an insult, mockery, boasting): in a decline
   * label they are never neutral, wherever they stand. Names of `classes` or literal words.
   */
  evaluative: readonly string[];
  /**
   * Things of value (class names or words): a refusal may name anything neutral after its head or verb ("Continue
   * without priority support"), but not one of these ("Skip the savings"). Optional.
   */
  valued?: readonly string[];
  /**
   * How the language marks the verb of a plain action label, so an action the grammar has no entry for still
   * reads as one when it says nothing about the visitor ("Bestellung stornieren", "Masquer", "Omitir"): the verb
   * is the clause's first word (`at: 'first'`, after any of `before`: "ne plus", "me") or its last (`'last'`,
   * German verb-final infinitives), and ends in one of `endings` (infinitive or imperative endings, as typed).
   * The clause is at most `maxWords` words (default 6), has none of `notWith` (a subject or a modal verb makes it a
   * sentence, not an action: "ich will kein Profi werden"; a comparative of value makes it a gain: "Cuisiner
   * mieux"), and no evaluative or valued word. Optional.
   */
  action?: {
    at: 'first' | 'last';
    /** Verb endings as typed; or, for a language whose imperative has none (English), `verbs`. */
    endings: readonly string[];
    /** The language's verbs of operating an interface ("confirm", "pause", "download"), as base forms. */
    verbs?: readonly string[];
    before?: readonly string[];
    notWith?: readonly string[];
    maxWords?: number;
  };
  /**
   * Endings of first-person verb forms in a pro-drop language (Spanish "subiré", "traigo"): a clause whose first
   * word ends in one is the visitor's own plan or circumstance, read like a clause opened by `reasonOpeners`.
   * Checked on the typed word, accents kept (so "-é" is not "-e"). Such a clause may not name a thing of value
   * (`valued`), and a word ending in one of `notWithEndings` makes it no plan: a gerund is "I'll go on doing …"
   * ("seguiré cenando …"), the absurd alternative. Optional.
   */
  firstPerson?: { endings: readonly string[]; notWithEndings?: readonly string[] };
  /**
   * Words that confirm the refusal itself, a refusal item only in a decline label ("Yes, cancel my plan"): never
   * what opens a refusal in copy of another role ("Yes, I'd love to save" is no refusal).
   */
  confirmations?: readonly string[];
  /**
   * Going on as before, in a reason: after one of `verbs` ("keep", "go on"), a word with `ending` ("-ing") must be
   * one of the grammar's own verbs ("I'll keep paying monthly", "I'll keep using the free version"); any other
   * habit is the absurd alternative ("I'll go on eating cereal for dinner").
   */
  habit?: { verbs: readonly string[]; ending: string };
}

/**
 * Families of signals of a jab in modal and body copy, the same in every language (shaming-signals.ts):
 * - `stay`: a rhetorical question about the visitor's leaving or saying no ("Leaving already?", "Really?", "Don't
 *   you?", "and you say no?");
 * - `loss`: what the visitor loses, pinned on them ("your savings", "throw away your progress", "let 20 % pass");
 * - `others`: what others (smarter, more caring) do ("smart shoppers", "everyone else", "the only one who");
 * - `mock`: sarcasm and shrugs ("bold move", "good luck finding …", "have it your way", "what a shame");
 * - `dependant`: who suffers or is disappointed ("your team deserves", "your cart will miss you");
 * - `careless`: the visitor cast as not caring ("not serious about", "not important to you", "don't care").
 * A loss made final ("gone forever") is a `loss`: on its own family it would make "Deleting your account removes
 * your order history forever" a jab.
 */
export type ShamingSignal = 'stay' | 'loss' | 'others' | 'mock' | 'dependant' | 'careless';

/**
 * What the copy itself declares, so a claim is not left without its basis (check-copy.ts): a deadline given with a
 * date and its reason in the same text ("Early-bird pricing ends 31 May, when the line-up is published") is not
 * false urgency; a claim with its source named ("per the venue's box office") or a count that is a condition
 * ("notify me when fewer than 5 are left") is not pressure. Countdown timers are refused whatever the copy says.
 */
export interface StatedInCopy {
  /** A deadline is stated when the text has one of `dates` (a date or clock time) and one of `reasons`. */
  deadline?: { dates: readonly Shape[]; reasons: readonly Shape[] };
  /**
   * Urgency about something that is no offer: the visitor's session, a sign-in link, a code, an appointment
   * ("Your session will expire in 5 minutes"). Never a cart, a discount or a price: a reserved-cart timer is urgency.
   */
  notOffer?: readonly Shape[];
  /** A scarcity or activity claim is stated when the text has one of these: its source, or its condition. */
  source?: readonly Shape[];
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
    signals?: Readonly<Partial<Record<ShamingSignal, readonly Shape[]>>>;
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
