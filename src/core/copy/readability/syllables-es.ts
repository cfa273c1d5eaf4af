/**
 * Spanish syllables by the rules of the Real Academia's Ortografía (2010, §1.4): strong vowels (a, e, o) and
 * accented weak ones (í, ú) each carry a syllable; unaccented weak vowels (i, u, ü, final y) join a neighbour
 * into a diphthong or triphthong.
 *
 *   te·a·tro  e + a: hiatus = 3     cui·da·do  ui = 1     dí·a  í breaks the diphthong = 2     buey = 1
 *   que·so, gui·ta·rra: "qu"/"gu" before e or i, the u is silent     ca·y·ó: "y" before a vowel is a consonant
 *
 * "h" between vowels is written but not heard; the vowels still form separate runs here (a·ho·ra = 3, right;
 * pro·hi·bir = 3, right; "ahu·mar" counts 3 where the Academia allows 2).
 */

const STRONG = 'aeoáéóíú';
const WEAK = 'iuü';

const isVowel = (letter: string | undefined) =>
  letter !== undefined && (STRONG.includes(letter) || WEAK.includes(letter));

export function syllablesEs(word: string): number {
  let count = 0;
  let runHasNucleus = false; // the current vowel run already counted a syllable for its weak vowels
  let inRun = false;
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    const vowelY = letter === 'y' && !isVowel(word[i + 1]); // hoy, muy, y: y ends a run as a vowel
    const silentU =
      letter === 'u' &&
      (word[i - 1] === 'q' || word[i - 1] === 'g') &&
      (word[i + 1] === 'e' || word[i + 1] === 'i' || word[i + 1] === 'é' || word[i + 1] === 'í');
    if (silentU || (!isVowel(letter) && !vowelY)) {
      inRun = false;
      runHasNucleus = false;
      continue;
    }
    if (STRONG.includes(letter)) {
      // A strong vowel is its own nucleus; if weak vowels before it already counted one, they join it.
      if (!(inRun && runHasNucleus && !STRONG.includes(word[i - 1]!))) count++;
      runHasNucleus = true;
    } else if (!inRun) {
      count++; // a weak vowel opening a run: its nucleus until a strong vowel joins it
      runHasNucleus = true;
    }
    inRun = true;
  }
  return Math.max(1, count);
}
