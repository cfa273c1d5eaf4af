/**
 * Flesch–Kincaid grade level over the tokens of `tokens.ts`, with a small syllable heuristic
 * (vowel groups, minus a silent final "e"/"es"/"ed"). English only: other scripts are skipped.
 */

/** Plain language: about what a 13–14-year-old reads easily (US grade 8–9). */
export const PLAIN_GRADE = 9;
/** Below this the formula says nothing useful (labels, headings, one short sentence). */
export const MIN_WORDS = 20;
export const MIN_WORDS_TWO_SENTENCES = 12;

export function syllables(word: string): number {
  if (word.length <= 3) return 1;
  let end = word.length;
  // A silent final "e", "es" or "ed" after a consonant other than "l" (make, takes, asked; but table).
  const last = word[end - 1];
  const cut = last === 'e' ? 1 : (last === 's' || last === 'd') && word[end - 2] === 'e' ? 2 : 0;
  if (cut && !VOWEL_OR_L.includes(word[end - cut - 1]!)) end -= cut;
  let count = 0;
  let run = 0; // vowels in the current group; a group counts once per two vowels, as /[aeiouy]{1,2}/g does
  for (let i = word[0] === 'y' ? 1 : 0; i < end; i++) {
    if (VOWELS.includes(word[i]!)) {
      if (run % 2 === 0) count++;
      run++;
    } else run = 0;
  }
  return Math.max(1, count);
}

const VOWELS = 'aeiouy';
const VOWEL_OR_L = 'laeiouy';

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

/** `null` when the text is too short, or not mostly Latin letters, for the formula to mean something. */
export function readability(toks: readonly string[]): Readability | null {
  let words = 0;
  let latin = 0;
  let syl = 0;
  let sentences = 0;
  let open = false; // a word since the last sentence end
  for (const t of toks) {
    const c = t.charCodeAt(0);
    if (t === '.') {
      if (open) sentences++;
      open = false;
    } else if (c >= 97 && c <= 122) {
      words++;
      open = true;
      if (/^[a-z]+$/.test(t)) {
        latin++;
        syl += syllables(t);
      }
    } else if (c > 127 && /^\p{L}/u.test(t)) {
      words++;
      open = true;
    }
  }
  if (open) sentences++;
  if (words < MIN_WORDS && (sentences < 2 || words < MIN_WORDS_TWO_SENTENCES)) return null;
  if (latin < words * 0.8) return null;
  const grade = 0.39 * (words / sentences) + 11.8 * (syl / latin) - 15.59;
  return { words, sentences, grade: Math.round(grade * 10) / 10 };
}
