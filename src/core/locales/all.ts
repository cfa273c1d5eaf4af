/** Every language's built-in strings, statically and registered: for `fair-offer/core` (Node, CLI) and the server renderer. */
import { EN_STRINGS, type Strings } from '../strings.js';
import { DE_STRINGS } from './de.js';
import { ES_STRINGS } from './es.js';
import { FR_STRINGS } from './fr.js';
import { registerStrings } from './index.js';

export { DE_STRINGS, ES_STRINGS, FR_STRINGS };

/** Shipped locales by primary language subtag. */
export const LOCALE_STRINGS: Readonly<Record<string, Strings>> = {
  en: EN_STRINGS,
  de: DE_STRINGS,
  es: ES_STRINGS,
  fr: FR_STRINGS,
};

for (const [lang, strings] of Object.entries(LOCALE_STRINGS)) registerStrings(lang, strings);

export { primaryLanguage, stringsFor } from './index.js';
