/**
 * German syllables: one per vowel nucleus. A run of vowel letters is read left to right, two letters at a time
 * where they spell one sound, one letter otherwise:
 *
 *   Frau·en  au + e = 2     Fei·er  ei + e = 2     The·a·ter  e + a = 2 (+ e = 3)     Si·tu·a·ti·on = 5
 *   Bie·ne   ie = 1         I·dee   ee = 1         Boot  oo = 1                        Qual·le  qu: u is no vowel
 *
 * Known misses, each rare in offer copy: "eu" across a morpheme (Mu·se·um counts 2), "ie" as two vowels at the
 * end of a loan word (Fa·mi·li·e counts 3), "ee" across a prefix (be·en·den counts 2).
 */

const VOWELS = 'aeiouyäöü';

/**
 * Two letters, one sound: diphthongs and long vowels. Not ae/oe/ue: as two vowels (ak·tu·ell, in·di·vi·du·ell,
 * Po·et, Is·ra·el) they are more common in offer copy than as spellings of ä/ö/ü without umlauts (fuer counts 2).
 */
const ONE_SOUND = new Set([
  'ei', // mein, Preis
  'ai', // Mai, Kaiser
  'ey', // Meyer, Jersey
  'ay', // Bayern
  'au', // Kauf, Frau
  'eu', // neu, teuer
  'äu', // Käufer, Gebäude
  'ie', // Sie, Lieferung
  'aa', // Paar
  'ee', // Tee, leer
  'oo', // Boot
]);

export function syllablesDe(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    if (!VOWELS.includes(letter)) continue;
    if (letter === 'u' && word[i - 1] === 'q') continue; // Quelle, bequem: "qu" is a consonant pair
    count++;
    if (i + 1 < word.length && ONE_SOUND.has(letter + word[i + 1])) i++;
  }
  return Math.max(1, count);
}
