/**
 * French: Kandel–Moles reading ease (Lilian Kandel & Abraham Moles, "Application de l'indice de Flesch à la langue
 * française", Cahiers d'études de radio-télévision 19, 1958, 253–274): 207 − 1.015 × words per sentence
 * − 73.6 × syllables per word, the constants as François cites them ("Les apports du traitement automatique
 * du langage à la lisibilité du français langue étrangère", thèse, UCLouvain, 2011). Some tools (koRpus) cite
 * 209 − 1.15 × ASL − 68 × ASW instead; at ordinary copy (12 words, 1.5 syllables) the two differ by about 4 points.
 */
import { perSentence, perWord, type ReadabilityFormula } from './formula.js';
import { syllablesFr } from './syllables-fr.js';

/**
 * Plain language: 60 or above. Kandel and Moles fitted French onto Flesch's own scale, where 60–70 is "standard",
 * US grades 8–9 (Flesch 1948), the same target as the English check's grade 9.
 */
export const PLAIN_KANDEL_MOLES = 60;

export const kandelMoles: ReadabilityFormula = {
  id: 'kandel-moles',
  name: 'Kandel–Moles',
  language: 'fr',
  scale: 'ease',
  plainBound: PLAIN_KANDEL_MOLES,
  source: 'Kandel & Moles 1958 on Flesch\'s scale, where 60–70 is "standard"',
  letters: /^[a-zàâäçéèêëîïôöùûüÿœæ]+$/,
  syllables: syllablesFr,
  // M. (Monsieur), p. ex., cf., env., art., av., bd, tél., janv., févr., etc. is left out: it usually ends a sentence
  abbreviations: new Set('m p ex cf env art av bd tél st ste janv févr avr juil sept oct nov déc'.split(' ')),
  score: (counts) => 207 - 1.015 * perSentence(counts) - 73.6 * perWord(counts),
};
