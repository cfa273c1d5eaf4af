/** The Spanish copy pack (being written: until then it warns `copy-language-unchecked`). */
import { blankPack } from './blank.js';

export const ES = blankPack(
  'es',
  'Spanish',
  'el la los las un una unos unas y o de del al en con por para sin no ni yo me mi mis nosotros nos te tu su sus es son soy estoy esta este esto que gracias ahora luego hoy solo más ya quiero',
);
