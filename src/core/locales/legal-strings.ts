/**
 * The words the jurisdiction packs show (README "Jurisdiction packs"), per language: the labels the law names
 * where it names one, in the offer's language. Kept apart from `Strings` so a pack's wording can follow its law
 * without touching the widget's own strings. Typed like the locales: a key added to English fails the check here.
 * English is here; German, French and Spanish (legal-translations.ts) come with the jurisdiction check group, which
 * any offer that shows these words needs (`fair-offer/core` registers it; the element loads it before validating).
 */
import { primaryLanguage } from './index.js';

export const EN_LEGAL = {
  /** CRD art. 11a: "withdraw from contract here" or a corresponding unambiguous formulation. */
  withdrawalLink: 'Withdraw from contract here',
  withdrawalPeriod: 'You can withdraw from the contract within {days} days, without giving a reason.',
  /** BGB §312k names the German words; elsewhere an equivalent. */
  cancelLink: 'Cancel contracts here',
  /** us-ca / us-ny: the consent checkbox label states the renewal terms. */
  consentLabel: 'I agree that {title} renews automatically until I cancel: {price}. {renewal}',
  consentNeeded: 'To choose {title}, first tick the box to agree to the automatic renewal.',
  /** us-ny: the deadline to act, beside the button. */
  cancelBy: 'To avoid the next charge, cancel {cancelBy}.',
} as const;

export type LegalStrings = Record<keyof typeof EN_LEGAL, string>;

const tables = new Map<string, LegalStrings>([['en', EN_LEGAL]]);

/** Registers (or replaces) the pack words of a language. */
export function registerLegalStrings(lang: string, words: LegalStrings): void {
  tables.set(primaryLanguage(lang), words);
}

/** The pack words for a language tag, by primary subtag; English for any other (or not yet registered) language. */
export function legalStringsFor(lang: string | null | undefined): LegalStrings {
  return tables.get(primaryLanguage(lang ?? '')) ?? EN_LEGAL;
}
