/**
 * The auto-renewal terms as the visitor reads them beside the action: the renewal line the widget shows (its own
 * "Renews automatically." plus the offer's detail and how to cancel) must state the charge and how often it
 * recurs. Shared by the California and New York rules, which require the same disclosure.
 */
import type { OfferOption } from '../../offer-schema.js';
import { PERIOD_WORDS, namesPeriod } from './renewal-wording.js';
import { shown } from './paying-options.js';

const digits = (text: string) => text.replace(/\D+/g, '');

/** What the displayed renewal line leaves out ("the charge", "how often"), empty when it states both. */
export function missingRenewalTerms(option: OfferOption, path: string, language: string | undefined): string[] {
  const line = shown(option, path, language).terms.renewal;
  const missing: string[] = [];
  // "4.800 €", "$4,800.00", "4 800 €": the amount's whole part appears among the line's digits.
  if (!digits(line).includes(String(Math.trunc(option.terms.price.amount)))) missing.push('the charge');
  const lists = language && Object.hasOwn(PERIOD_WORDS, language) ? [language as keyof typeof PERIOD_WORDS] : null;
  const periods = lists ? PERIOD_WORDS[lists[0]!] : Object.values(PERIOD_WORDS).flat();
  if (!namesPeriod(line, periods)) missing.push('how often it is charged');
  return missing;
}

/** Auto-renewing options that cost money, each with its path. */
export function autoRenewing(options: Array<[string, OfferOption]>): Array<[string, OfferOption]> {
  return options.filter(([, option]) => option.terms.renewal.auto);
}
