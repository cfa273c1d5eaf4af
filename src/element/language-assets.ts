/**
 * What an offer in another language needs before it is validated and shown: that language's built-in strings
 * and its copy-rule pack. English is in the first-paint bundle; German, Spanish and French load on demand,
 * each its own chunk beside the standalone, the first time an offer in that language appears.
 */
import { copyPackFor, loadCopyPack, PACK_LANGUAGES, primaryLanguage } from '../core/copy/pack-registry.js';
import { hasStringsFor, loadStrings } from '../core/locales/index.js';

const loading = new Map<string, Promise<void>>();
/** Languages whose chunks could not load (offline, blocked): shown with English strings and whatever is registered. */
const unavailable = new Set<string>();

/** True when nothing has to be loaded for `lang` (English, already loaded, or a language with neither). */
export function languageReady(lang: string): boolean {
  const code = primaryLanguage(lang);
  if (unavailable.has(code)) return true;
  const packNeeded = (PACK_LANGUAGES as readonly string[]).includes(code) && !copyPackFor(code);
  return hasStringsFor(code) && !packNeeded;
}

/** Loads both, once per language per page; a failed load is said once and leaves English strings / no pack. */
export function loadLanguage(lang: string): Promise<void> {
  const code = primaryLanguage(lang);
  let pending = loading.get(code);
  if (!pending) {
    pending = Promise.all([loadStrings(code), loadCopyPack(code)]).then(
      () => undefined,
      (error) => {
        unavailable.add(code);
        console.warn(`<fair-offer>: could not load the "${code}" strings or copy checks`, error);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}
