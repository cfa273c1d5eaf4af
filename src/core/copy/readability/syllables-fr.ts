/**
 * French syllables as spoken, not as scanned in verse: one per vowel sound.
 *
 * - A run of vowel letters is one sound (eau, oui, ai, ou, eu, œu, ie in "bien", ion in "nation"), except that
 *   "é" closes its syllable (cré·é, ré·el, thé·â·tre, gé·ant), "é" after a, e or o opens one (a·é·ro·port) and
 *   a diaeresis opens one (na·ïf, No·ël, ma·ïs). Misses: po·ème and cli·ent count one syllable short.
 * - "y" between vowels is a consonant (pa·yer, voy·age); elsewhere a vowel (type; pa·ys counts 1).
 * - "qu" and "gu" before a vowel: the "u" is silent (quand, guerre).
 * - A final "e" or "es" is mute (table, journée, pages); "ent" of a verb is not detected (parlent counts 2),
 *   because telling it from moment or client needs a dictionary.
 */

const VOWELS = 'aeiouyàâäéèêëîïôöùûüÿœæ';
const DIAERESIS = 'ëïüÿ';
/** Vowels after which "é" is a vowel of its own; after i, u, ou the first vowel glides into it (pitié, joué). */
const AFTER_FULL_VOWEL = 'aeoé';

const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.includes(letter);

export function syllablesFr(word: string): number {
  let end = word.length;
  // Mute final "e" / "es" when some other vowel carries the word (de, les, ces stay one syllable anyway).
  if (word.endsWith('es') && end > 3) end -= 2;
  else if (word.endsWith('e') && end > 2) end -= 1;
  let count = 0;
  let inRun = false;
  for (let i = 0; i < end; i++) {
    const letter = word[i]!;
    const silentU = letter === 'u' && (word[i - 1] === 'q' || word[i - 1] === 'g') && isVowel(word[i + 1]);
    const consonantY = letter === 'y' && i > 0 && isVowel(word[i - 1]) && isVowel(word[i + 1]);
    if (silentU || !isVowel(letter)) {
      inRun = false;
      continue;
    }
    if (consonantY) {
      inRun = false; // pa·yer, voy·age: the y is the onset of the next syllable
      continue;
    }
    const previous = word[i - 1] ?? '';
    const opensSyllable =
      !inRun ||
      DIAERESIS.includes(letter) || // na·ïf, No·ël
      previous === 'é' || // cré·é, thé·â·tre, ré·us·sir
      (letter === 'é' && AFTER_FULL_VOWEL.includes(previous)); // a·é·ro·port, po·é·sie; but pi·tié, jou·é glide
    if (opensSyllable) count++;
    inRun = true;
  }
  return Math.max(1, count);
}
