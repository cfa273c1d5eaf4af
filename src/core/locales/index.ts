import { EN_STRINGS, type Strings } from '../strings.js';
import { DE_STRINGS } from './de.js';
import { ES_STRINGS } from './es.js';

export { DE_STRINGS, ES_STRINGS };

/** Shipped locales by primary language subtag. */
export const LOCALE_STRINGS: Readonly<Record<string, Strings>> = {
  en: EN_STRINGS,
  de: DE_STRINGS,
  es: ES_STRINGS,
};

/** The primary language subtag of a BCP 47 tag: 'de-AT' → 'de'. Tolerates POSIX-style 'de_AT' and any case. */
export function primaryLanguage(lang: string): string {
  return lang.trim().split(/[-_]/, 1)[0]!.toLowerCase();
}

/**
 * Built-in strings for a language tag (e.g. the element's or the page's `lang`), matched on the
 * primary subtag so 'de-CH' and 'es-419' get German and Spanish. Unknown or empty tags get English.
 * Returns a copy, so a caller that merges overrides into it cannot change the shipped table.
 */
export function stringsFor(lang: string | null | undefined): Strings {
  const key = primaryLanguage(lang ?? '');
  // hasOwn: 'constructor' or '__proto__' must not reach Object.prototype.
  const table = Object.hasOwn(LOCALE_STRINGS, key) ? LOCALE_STRINGS[key]! : EN_STRINGS;
  return { ...table };
}
