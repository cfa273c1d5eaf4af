/**
 * English syllables by vowel groups, minus a silent final "e"/"es"/"ed": close enough for a grade, not a
 * dictionary ("everyday" counts 4). The behaviour the English reading-level check has always had.
 */

const VOWELS = 'aeiouy';
const VOWEL_OR_L = 'laeiouy';

export function syllablesEn(word: string): number {
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
