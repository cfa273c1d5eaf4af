/**
 * Console warnings said once per page, not once per widget: many widgets showing the same offer (or a page
 * without localStorage) would otherwise repeat the same line for each.
 */
import { safeLocalStorage, type StorageLike } from '../core/storage.js';

const warned = new Set<string>();

/** Prints `message` unless a warning with the same `key` was already printed on this page. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

/** The last probe's answer, kept until the current task ends (see storage()). */
let probed: { store: StorageLike | null } | null = null;

/**
 * localStorage, or null with one console warning per page: the widget works, it just cannot remember. Probed
 * once per task, not once per widget: 100 widgets rendering together (or one widget preparing twice) write the
 * probe key once; the next task probes again, so a store that is blocked or fills up later is still seen.
 */
export function storage(): StorageLike | null {
  if (!probed) {
    probed = { store: safeLocalStorage() };
    setTimeout(() => (probed = null));
  }
  const store = probed.store;
  if (!store)
    warnOnce(
      'storage',
      '<fair-offer>: localStorage is unavailable, so "Not now" will not be remembered across pages (and experiment arms last for this page only).',
    );
  return store;
}

/** A locale Intl cannot parse: prices and dates fall back to English (disclosure.ts); said once per page per tag. */
export function warnIfBadLocale(locale: string | undefined): void {
  if (!locale) return;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    warnOnce(
      `locale:${locale}`,
      `<fair-offer>: the offer's locale "${locale}" is not a valid language tag, so prices and dates are formatted in English.`,
    );
  }
}
