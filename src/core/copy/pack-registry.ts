/**
 * The copy packs known to this page or process. English is registered statically (in the browser it comes with
 * the checks chunk, src/element/checks.ts);
 * `fair-offer/core` (src/core/index.ts) registers every pack so Node's validateOffer is complete and
 * synchronous; in the browser the element awaits `loadCopyPack(lang)` before it validates an offer in another
 * language, so each pack is its own chunk, loaded only when an offer needs it.
 */
import type { CopyPack } from './pack.js';
import { EN } from './packs/en.js';

const packs = new Map<string, CopyPack>();
let list: readonly CopyPack[] = [];

/** primaryLanguage's answers by tag. */
const PRIMARY = new Map<string, string>();

/** The primary language subtag of a BCP 47 tag, lower case: "de-AT" → "de", "pt_BR" → "pt"; "" for none. */
export function primaryLanguage(tag: string | undefined): string {
  if (typeof tag !== 'string') return '';
  // every check asks with the same few tags ("en", "de-AT"): each is read once
  let lang = PRIMARY.get(tag);
  if (lang === undefined) {
    const m = /^\s*([A-Za-z]{2,3})(?:$|[-_\s])/.exec(tag);
    lang = m ? m[1]!.toLowerCase() : '';
    if (PRIMARY.size >= 256) PRIMARY.clear();
    PRIMARY.set(tag, lang);
  }
  return lang;
}

/** Registers (or replaces) the pack of `pack.lang`. */
export function registerCopyPack(pack: CopyPack): void {
  packs.set(primaryLanguage(pack.lang), pack);
  list = [...packs.values()];
}

/** The registered pack for a BCP 47 tag ("de-AT" → the German pack), or undefined. */
export function copyPackFor(lang: string | undefined): CopyPack | undefined {
  return packs.get(primaryLanguage(lang));
}

/** Every registered pack (language identification compares a string against each). */
export function registeredCopyPacks(): readonly CopyPack[] {
  return list;
}

/**
 * The pack for a BCP 47 tag, loading it when it is not registered yet. One literal `import()` per language,
 * so bundlers split each pack into its own chunk. Resolves to undefined for a language with no pack.
 */
export async function loadCopyPack(lang: string | undefined): Promise<CopyPack | undefined> {
  const code = primaryLanguage(lang);
  const known = packs.get(code);
  if (known) return known;
  let pack: CopyPack;
  switch (code) {
    case 'en':
      pack = EN;
      break;
    case 'de':
      pack = (await import('./packs/de.js')).DE;
      break;
    case 'es':
      pack = (await import('./packs/es.js')).ES;
      break;
    case 'fr':
      pack = (await import('./packs/fr.js')).FR;
      break;
    default:
      return undefined;
  }
  registerCopyPack(pack);
  return pack;
}

/** Languages with a pack that `loadCopyPack` can load (registered or not). */
export const PACK_LANGUAGES = ['en', 'de', 'es', 'fr'] as const;

registerCopyPack(EN);
