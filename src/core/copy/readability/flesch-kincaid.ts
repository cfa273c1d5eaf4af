/**
 * English: Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom 1975, Naval Technical Training
 * Command report 8-75): 0.39 × words per sentence + 11.8 × syllables per word − 15.59, a US school grade.
 */
import { perSentence, perWord, type ReadabilityFormula } from './formula.js';
import { syllablesEn } from './syllables-en.js';

/**
 * Plain language: US grade 9 or below, about what a 14-year-old reads with ease. The US Plain Language guidelines
 * and most style guides aim at grade 8; 9 leaves room for the one product word an offer must name.
 */
export const PLAIN_GRADE = 9;

export const fleschKincaid: ReadabilityFormula = {
  id: 'flesch-kincaid',
  name: 'Flesch–Kincaid',
  language: 'en',
  scale: 'grade',
  plainBound: PLAIN_GRADE,
  source: 'Kincaid et al. 1975',
  letters: /^[a-z]+$/,
  syllables: syllablesEn,
  abbreviations: new Set(),
  score: (counts) => 0.39 * perSentence(counts) + 11.8 * perWord(counts) - 15.59,
};
