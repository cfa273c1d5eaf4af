/**
 * The built-in strings known to this page or process. English is registered statically (the first paint
 * needs it); `fair-offer/core` and the server renderer register every language (locales/all.ts), so Node
 * stays synchronous and complete; in the browser the element awaits `loadStrings(lang)` before it shows an
 * offer in another language, so each language is its own chunk, loaded only when an offer needs it.
 */
import { EN_STRINGS, type Strings } from '../strings.js';

const tables = new Map<string, Strings>([['en', EN_STRINGS]]);

/** The primary language subtag of a BCP 47 tag: 'de-AT' → 'de'. Tolerates POSIX-style 'de_AT' and any case. */
export function primaryLanguage(lang: string): string {
  return lang.trim().split(/[-_]/, 1)[0]!.toLowerCase();
}

/** Registers (or replaces) the built-in strings of a language. */
export function registerStrings(lang: string, strings: Strings): void {
  tables.set(primaryLanguage(lang), strings);
}

/** True when `lang` needs nothing loaded: English, a registered language, or one with no built-in strings. */
export function hasStringsFor(lang: string | null | undefined): boolean {
  const key = primaryLanguage(lang ?? '');
  return tables.has(key) || !(STRING_LANGUAGES as readonly string[]).includes(key);
}

/**
 * Built-in strings for a language tag (e.g. the element's or the page's `lang`), matched on the
 * primary subtag so 'de-CH', 'es-419' and 'fr-CA' get German, Spanish and French. Unknown, empty or not yet loaded
 * tags get English. Returns a copy, so a caller that merges overrides into it cannot change the table.
 */
export function stringsFor(lang: string | null | undefined): Strings {
  return { ...(tables.get(primaryLanguage(lang ?? '')) ?? EN_STRINGS) };
}

/** Languages with built-in strings that `loadStrings` can load. */
export const STRING_LANGUAGES = ['en', 'de', 'es', 'fr'] as const;

/** Loads and registers a language's strings; one literal `import()` per language, so each is its own chunk. */
export async function loadStrings(lang: string | null | undefined): Promise<void> {
  const key = primaryLanguage(lang ?? '');
  if (tables.has(key)) return;
  if (key === 'de') registerStrings('de', (await import('./de.js')).DE_STRINGS);
  else if (key === 'es') registerStrings('es', (await import('./es.js')).ES_STRINGS);
  else if (key === 'fr') registerStrings('fr', (await import('./fr.js')).FR_STRINGS);
}
