/** The German copy pack: a placeholder until the copy-defr pack lands (it warns `copy-language-unchecked`). */
import { blankPack } from './blank.js';

export const DE = blankPack(
  'de',
  'German',
  'der die das den dem des ein eine einen einem einer und oder nicht kein keine keinen ich mich mir wir uns sie du dich ihr ist sind war bin für mit von zu zum zur auf im in an bei nach noch jetzt danke bitte nein ja später heute nur mehr',
);
