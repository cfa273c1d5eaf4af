/**
 * Which languages' copy packs an offer's copy needs: for each copy field validateOffer reads (copy-fields.ts),
 * the language its pack is chosen by (language.ts), with the offer's `locale` as the copy checks use it. A page
 * that loads these packs before validating gets Node's verdict: a Spanish line in a German offer is read with
 * the Spanish pack, an English label with the English one.
 */
import { languageOfText } from './copy/language.js';
import { MAX_CHECKED_CHARS } from './copy/check-copy.js';
import { tokenizeAhead } from './copy/tokens.js';
import { collectCopyFields } from './guardrails/copy-fields.js';
import { isRecord, own, visibleText } from './guardrails/untrusted-input.js';

/**
 * The primary language subtags whose packs read the offer's copy, each once, in the order the copy needs
 * them. Reads raw or parsed input (the same fields as the copy checks, or more; none when it is no object). Languages without a pack are
 * not listed: their copy gets `copy-language-unchecked` whatever the page loads.
 */
export function copyLanguagesIn(offer: unknown): string[] {
  if (!isRecord(offer)) return []; // validateOffer refuses it before any copy check
  const locale = own(offer, 'locale');
  const tag = typeof locale === 'string' ? locale : undefined;
  const languages = new Set<string>();
  // strings are checked up to MAX_CHECKED_CHARS (the structure check refuses the longer ones anyway)
  for (const field of collectCopyFields(offer, MAX_CHECKED_CHARS)) {
    const lang = languageOfText(tokenizeAhead(visibleText(field.text)).toks, tag);
    if (lang) languages.add(lang);
  }
  return [...languages];
}
