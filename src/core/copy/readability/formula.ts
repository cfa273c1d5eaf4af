/**
 * A readability formula as data: how it counts a language's syllables, which full stops are not sentence ends,
 * how it turns the counts into a score, and where plain language begins on its scale. One file per formula;
 * a language pack names its formula, so a page loads only the formulas of the languages it shows.
 *
 * Every formula here is a re-fitting of Flesch's (1948) two counts to one language: words per sentence
 * (ASL) and syllables per word (ASW). The counts are the same for all of them (`readingLevel` below).
 */

export type ReadabilityFormulaId = 'flesch-kincaid' | 'flesch-amstad' | 'szigriszt-pazos' | 'kandel-moles';

export interface TextCounts {
  /** Tokens that start with a letter. */
  words: number;
  /** Sentence ends after a word (".", "!", "?", "…"), plus an unfinished last sentence. */
  sentences: number;
  /** Words written only in the formula's letters (the ones whose syllables are counted). */
  countedWords: number;
  /** Syllables of the counted words. */
  syllables: number;
}

export interface ReadabilityFormula {
  id: ReadabilityFormulaId;
  /** As people cite it: "Flesch–Amstad". */
  name: string;
  /** The language it was fitted to (BCP 47 primary subtag). */
  language: string;
  /** "grade": lower is easier (a school year). "ease": higher is easier (about 0–100). */
  scale: 'grade' | 'ease';
  /** The last score that is still plain language (a maximum for "grade", a minimum for "ease"). */
  plainBound: number;
  /** Where the formula and the bound come from, for the finding's message. */
  source: string;
  /** A whole token made only of the letters whose syllables this formula counts. */
  letters: RegExp;
  /** Syllables of one lower-case word of `letters`. */
  syllables(word: string): number;
  /** Tokens after which "." abbreviates ("z. B.", "p. ex."), so it ends no sentence. Lower-case, without the dot. */
  abbreviations: ReadonlySet<string>;
  /** "." after a number is an ordinal, not a sentence end (German "am 1. März"). */
  ordinalDot?: boolean;
  /** The score of the counts (never called with zero words or sentences). */
  score(counts: TextCounts): number;
}

/** Below this the formulas say nothing useful (labels, headings, one short sentence). */
export const MIN_WORDS = 20;
export const MIN_WORDS_TWO_SENTENCES = 12;
/** Text where fewer of the words are in the formula's letters is another script or mostly names and codes. */
const MIN_COUNTED_SHARE = 0.8;

export interface ReadingLevel {
  formula: ReadabilityFormulaId;
  words: number;
  sentences: number;
  /** Rounded to one decimal. */
  score: number;
  plain: boolean;
}

const LETTER = /^\p{L}/u;
/** Whether a token starts with a letter: ASCII by its code, the rest by the Unicode class. */
const isWord = (tok: string) => {
  const code = tok.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && LETTER.test(tok));
};

/**
 * Each formula's syllables per token, 0 for a token it does not count (not a word, or not in its letters): copy
 * repeats its words, and counting is the cost of every long text. Every syllable counter gives at least 1.
 */
const SYLLABLES = new WeakMap<ReadabilityFormula, Map<string, number>>();
function syllableCache(formula: ReadabilityFormula): Map<string, number> {
  let known = SYLLABLES.get(formula);
  if (!known) SYLLABLES.set(formula, (known = new Map()));
  return known;
}

/** The counts of a token list (tokens.ts), or null when the text is too short or not in the formula's letters. */
export function countText(toks: readonly string[], formula: ReadabilityFormula): TextCounts | null {
  // Most copy is a label or one short sentence, too short to measure: decide that before counting syllables
  // (counting them was the cost of every short string).
  if (toks.length < MIN_WORDS_TWO_SENTENCES) return null;
  let words = 0;
  let sentences = 0;
  let open = false; // a word since the last sentence end
  let previous = '';
  for (const tok of toks) {
    if (tok === '.') {
      const ordinal = formula.ordinalDot && previous.charCodeAt(0) >= 48 && previous.charCodeAt(0) <= 57;
      if (open && !ordinal && !formula.abbreviations.has(previous)) {
        sentences++;
        open = false;
      }
    } else if (isWord(tok)) {
      words++;
      open = true;
    }
    previous = tok;
  }
  if (open) sentences++;
  if (words < MIN_WORDS && (sentences < 2 || words < MIN_WORDS_TWO_SENTENCES)) return null;
  let countedWords = 0;
  let syllables = 0;
  const known = syllableCache(formula);
  for (const tok of toks) {
    let count = known.get(tok);
    if (count === undefined) {
      count = isWord(tok) && formula.letters.test(tok) ? formula.syllables(tok) : 0;
      if (known.size > 8192) known.clear();
      known.set(tok, count);
    }
    if (count) {
      countedWords++;
      syllables += count;
    }
  }
  if (countedWords < words * MIN_COUNTED_SHARE) return null;
  return { words, sentences, countedWords, syllables };
}

/** The formula's score for a token list, or null when the text is too short to measure. */
export function readingLevel(toks: readonly string[], formula: ReadabilityFormula): ReadingLevel | null {
  const counts = countText(toks, formula);
  if (!counts) return null;
  const score = Math.round(formula.score(counts) * 10) / 10;
  const plain = formula.scale === 'grade' ? score <= formula.plainBound : score >= formula.plainBound;
  return { formula: formula.id, words: counts.words, sentences: counts.sentences, score, plain };
}

/** The finding's message for a level that is not plain. */
export function readingLevelMessage(level: ReadingLevel, formula: ReadabilityFormula): string {
  const target =
    formula.scale === 'grade'
      ? `plain language is grade ${formula.plainBound} or below`
      : `plain language is ${formula.plainBound} or above`;
  const measured =
    formula.scale === 'grade'
      ? `Reads at about US grade ${Math.round(level.score)} (${formula.name})`
      : `Scores ${Math.round(level.score)} on ${formula.name} reading ease`;
  return `${measured}; ${target} (${formula.source}). Use shorter sentences and everyday words.`;
}

/** Words per sentence and syllables per word, the two counts every formula here weighs. */
export const perSentence = (c: TextCounts) => c.words / c.sentences;
export const perWord = (c: TextCounts) => c.syllables / c.countedWords;
