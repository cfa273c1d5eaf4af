/** The Spanish copy pack (being written: until then it warns `copy-language-unchecked`). */
import type { CopyPack } from '../pack.js';
import { szigrisztPazos } from '../readability/szigriszt-pazos.js';
import { blankPack } from './blank.js';
import { ES_VAGUE_CTA } from './es-vague-cta.js';

const blank = blankPack(
  'es',
  'Spanish',
  'el la los las un una unos unas y o de del al en con por para sin no ni yo me mi mis nosotros nos te tu su sus es son soy estoy esta este esto que gracias ahora luego hoy solo más ya quiero',
);

// vague labels and reading level are written (copy-defr); the dark-pattern rules are still being written
export const ES: CopyPack = {
  ...blank,
  vagueCta: ES_VAGUE_CTA,
  readability: szigrisztPazos,
  unchecked: ['confirmshaming', 'false-urgency', 'pressure'],
};
