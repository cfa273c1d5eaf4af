/** The French copy pack: a placeholder until the copy-defr pack lands (it warns `copy-language-unchecked`). */
import { blankPack } from './blank.js';

export const FR = blankPack(
  'fr',
  'French',
  'le la les l un une des du de et ou ne pas non je me moi nous vous tu te il elle est sont suis pour avec dans sur en au aux ce cette ces merci oui plus maintenant plus tard aujourd hui seulement',
);
