/**
 * The decline grammar of a copy pack (`CopyPack.decline`): what a neutral refusal is, read by decline.ts. Its own
 * file so pack.ts stays one screen of the pack format; pack.ts re-exports it.
 */
import type { Shape } from './pack.js';

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
   * Reasons by kind, an allowlist: a clause opened by one of `reasonOpeners` is the visitor's own reason only when
   * it reads as one of the kinds of reasons visitors give, that is when it matches one of `reasonShapes` whole (from
   * its opener: "I need to check with my team", "I'll pay by card", "I already have one"). Any other first-person
   * clause in a decline label ("I enjoy …", "my lawn can stay …") goes beyond a refusal whatever its words, so a
   * jab needs no listed evaluative word to be told. Optional; without it an opener alone makes a reason.
   */
  reasonsByKind?: boolean;
  /**
   * Open reasons: a clause the grammar does not know (no refusal, no reason of the pack's: "Cancel — I found a
   * cheaper option", "Not right now, money is tight") is the visitor's own words and passes unless it judges: an
   * `evaluative` word, a thing of value, a question, or one of `judgements`. The reasons visitors give are more
   * varied than any list (blind round 8: 21-42 % of honest declines went beyond a closed grammar), while what
   * shames is a judgement, a small set of constructions. Without it an unknown clause goes beyond a refusal.
   * As an object, how an open clause is read (decline-open.ts): `valued: 'refused'`, a thing of value judges only
   * in a clause that refuses it ("Skip the savings"), not in a circumstance ("money is tight"); `preferences:
   * 'judged'`, a `preference` clause is read for its judgements like any open clause ("ich warte lieber auf das
   * neue Modell"), not by the closed rule that it names only the grammar's words.
   */
  openReasons?: boolean | { valued?: 'anywhere' | 'refused'; preferences?: 'closed' | 'judged' };
  /**
   * Shapes that judge, wherever they stand in a clause that is not a plain refusal: the visitor's failing ("i am
   * used to disappointment"), a good left to others ("someone else can ~3 @gooddeed"), a harm chosen ("let my
   * ~2 fall apart"). Read only with `openReasons`.
   */
  judgements?: readonly Shape[];
  /**
   * Words that make a reason a preference or a taste ("lieber", "gerne", "ich stehe auf", "plutôt"). The visitor's
   * own alternative is fine when it names neutral things ("ich zahle lieber monatlich"); a preference for
   * anything else is the sarcastic alternative ("ich esse lieber weiter Tiefkühlpizza"). So a clause with one of
   * these words may hold only words of this grammar (heads, verbs, determiners, objects, modifiers, times,
   * courtesy, openers, these words, `neutral`) and numbers. Unlike `alternativeOpeners` the word may stand
   * anywhere in the clause, as German puts it after the verb ("ich zahle lieber …"). Optional.
   */
  preference?: readonly string[];
  /**
   * Preference words that, with open reasons, open a new alternative in the visitor's own words ("lieber": "Ich
   * warte lieber auf das neue Modell", "Adresse tippe ich lieber selbst ein"): a clause whose only preference words
   * are these is read for its judgements; going on as before or a taste ("weiter", "gern", "mag": "ich esse weiter
   * Tiefkühlpizza") keeps the closed rule, in a clause the grammar does not know too. Optional; without it
   * `preferences` decides for every preference word.
   */
  openPreference?: readonly string[];
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
  /** When copy of no role is a decline label all the same (decline-label.ts): the words that tell it. Optional. */
  label?: DeclineLabelWords;
}

/**
 * A decline link crawled from a page, or a button whose role nobody declared, is still a decline label: short,
 * opening with a refusal, and going on in the visitor's voice ("Skip, I'm …", "Cancel and lose …", "Leave without
 * my …"). These words tell such copy from the page's own copy that opens with the same verbs ("Skip to content",
 * "Cancel anytime in your account", "No, we never sell your data").
 */
export interface DeclineLabelWords {
  /**
   * Verbs that refuse or leave, opening a label like a head ("ignore", "reject", "quit"), and read as the grammar's
   * own `verbs` (a neutral object after them is neutral: "Ignore this warning"). The grammar's `heads` open a label
   * too. As typed, base forms (the pack's suffixes read inflections).
   */
  openers: readonly string[];
  /**
   * Verbs that give something up ("forfeit", "give up", "throw away", "renunciar a"): they open a label, and what
   * they give up is never a neutral object ("Forfeit my points"), so they are not the grammar's verbs.
   */
  renouncing: readonly string[];
  /** Refusing or renouncing verbs last, in a verb-final language ("Auf den Bonus verzichten"). Optional. */
  closers?: readonly string[];
  /** Words that join a second action to the refusal: "and", "und", "y", "et". */
  joins: readonly string[];
  /** The visitor speaking of themself: "i", "me", "my"; "ich", "mein"; "me", "mi"; "je", "mon". */
  self: readonly string[];
  /**
   * Endings that attach a self pronoun to a verb, as typed, accents kept (Spanish enclitics: "arme" of "quedarme",
   * "ándome" of "olvidándome"): a word with one speaks for the visitor like a `self` word. Optional.
   */
  selfEndings?: readonly string[];
  /** The page addressing the visitor: "you", "your"; "du", "Sie"; "tu", "usted"; "vous", "votre". */
  addressee: readonly string[];
  /**
   * Heads that also answer a question ("no", "nein", "non", "oui"): a page answers with them too ("No, the trial is
   * free"), so after one of them alone the copy is a label only when the visitor speaks (a `self` word).
   */
  answers: readonly string[];
}
