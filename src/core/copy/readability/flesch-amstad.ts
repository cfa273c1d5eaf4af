/**
 * German: Flesch–Amstad reading ease (Toni Amstad, "Wie verständlich sind unsere Zeitungen?", Dissertation,
 * Universität Zürich, 1978): 180 − words per sentence − 58.5 × syllables per word. Amstad re-fitted Flesch's
 * constants to German, whose words are longer (compounds), so that scores land on Flesch's 0–100 scale.
 */
import { perSentence, perWord, type ReadabilityFormula } from './formula.js';
import { syllablesDe } from './syllables-de.js';

/**
 * Plain language: 60 or above. Amstad kept Flesch's bands; 60–70 is "mittel", what 13–15-year-olds read easily
 * (Flesch 1948: 60–70 "standard", US grades 8–9), the same target as the English check's grade 9.
 */
export const PLAIN_AMSTAD = 60;

export const fleschAmstad: ReadabilityFormula = {
  id: 'flesch-amstad',
  name: 'Flesch–Amstad',
  language: 'de',
  scale: 'ease',
  plainBound: PLAIN_AMSTAD,
  source: 'Amstad 1978; 60–70 is "mittel", easy for 13–15-year-olds',
  letters: /^[a-zäöüß]+$/,
  syllables: syllablesDe,
  // z. B., d. h., u. a., bzw., ca., inkl., zzgl., ggf., evtl., Nr., S. (Seite), Tel., usw.; and month names
  abbreviations: new Set(
    'z b d h u a s bzw ca inkl exkl zzgl ggf evtl nr tel usw vgl mind max min std str dr hr fr jan feb mär apr jun jul aug sep sept okt nov dez'.split(
      ' ',
    ),
  ),
  ordinalDot: true, // am 1. März, der 3. Monat
  score: (counts) => 180 - perSentence(counts) - 58.5 * perWord(counts),
};
