/**
 * English reading level, as the copy checks have always measured it: Flesch–Kincaid grade over the tokens of
 * `tokens.ts`. The formulas of every language live in `readability/` (one file per formula, one syllable counter
 * per language); this module keeps the English names the engine and its tests use.
 */
import { fleschKincaid } from './readability/flesch-kincaid.js';
import { readingLevel } from './readability/formula.js';

export { PLAIN_GRADE } from './readability/flesch-kincaid.js';
export { MIN_WORDS, MIN_WORDS_TWO_SENTENCES } from './readability/formula.js';
export { syllablesEn as syllables } from './readability/syllables-en.js';

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

/** `null` when the text is too short, or not mostly Latin letters, for the formula to mean something. */
export function readability(toks: readonly string[]): Readability | null {
  const level = readingLevel(toks, fleschKincaid);
  return level && { words: level.words, sentences: level.sentences, grade: level.score };
}
