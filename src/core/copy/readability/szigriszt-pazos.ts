/**
 * Spanish: Szigriszt-Pazos perspicuity (Francisco Szigriszt Pazos, "Sistemas predictivos de legibilidad del
 * mensaje escrito: fórmula de perspicuidad", tesis doctoral, Universidad Complutense de Madrid, 1993):
 * 206.835 − 62.3 × syllables per word − words per sentence.
 *
 * Why not Fernández-Huerta (1959): it is cited in two incompatible forms, and the common one
 * (206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words) scores text with more sentences
 * as harder, the opposite of Flesch's model (Gwillim Law, "Error in the Fernandez Huerta Readability Formula",
 * LINGUIST List 22.2332, 2011).
 * Szigriszt-Pazos was fitted to Spanish text directly, and it has a scale validated on Spanish readers: INFLESZ.
 */
import { perSentence, perWord, type ReadabilityFormula } from './formula.js';
import { syllablesEs } from './syllables-es.js';

/**
 * Plain language: 55 or above, where the INFLESZ scale's "normal" band begins (Barrio-Cantalejo et al., "Validación
 * de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes", An. Sist. Sanit. Navar.
 * 2008; 31(2): 135–152), the level they recommend for text meant for the general public.
 */
export const PLAIN_INFLESZ = 55;

export const szigrisztPazos: ReadabilityFormula = {
  id: 'szigriszt-pazos',
  name: 'Szigriszt-Pazos',
  language: 'es',
  scale: 'ease',
  plainBound: PLAIN_INFLESZ,
  source: 'Szigriszt-Pazos 1993, INFLESZ scale (Barrio-Cantalejo 2008): 55 begins "normal"',
  letters: /^[a-záéíóúüñ]+$/,
  syllables: syllablesEs,
  // Sr., Sra., Dr., Ud., p. ej., pág., núm., art., aprox., máx., mín., tel., avda., EE. UU.
  abbreviations: new Set('sr sra srta dr dra ud uds p ej pág núm art aprox máx mín tel av avda ee uu'.split(' ')),
  score: (counts) => 206.835 - 62.3 * perWord(counts) - perSentence(counts),
};
