/**
 * The polarity lexicon of a copy pack (`CopyPack.confirmshaming.polarity`): the phrases and shapes polarity-frames.ts
 * reads for a shaming "no". Its own file so pack.ts stays one screen of the pack format; pack.ts re-exports it.
 */
import type { Shape } from './pack.js';

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
