/** What the jurisdiction rules look at: the options a visitor pays for, with their paths, and the shown language. */
import { discloseOption, type DisclosedOption } from '../../disclosure.js';
import { stringsFor } from '../../locales/index.js';
import type { Offer, OfferOption } from '../../offer-schema.js';
import { retreatSlots } from '../untrusted-input.js';

export const isPaid = (option: OfferOption): boolean =>
  option.terms.price.amount > 0 || (option.terms.price.fees ?? 0) > 0;

/** Full, retreat, retreats per constraint and variants that cost money, each with its path. */
export function payingOptions(offer: Offer): Array<[path: string, option: OfferOption]> {
  const all: Array<[string, OfferOption]> = [
    ['full', offer.full],
    ...(retreatSlots(offer) as Array<[string, OfferOption]>),
  ];
  return all.filter(([, option]) => isPaid(option));
}

/** A paid option that runs on (auto-renews, or is charged per month or year): a continuing contract. */
export const isContinuing = (option: OfferOption): boolean =>
  isPaid(option) && (option.terms.renewal.auto || option.terms.price.period !== 'once');

/** The option as the widget shows it, in the language it is shown in. */
export function shown(option: OfferOption, path: string, language: string | undefined): DisclosedOption {
  return discloseOption(option, path, language ?? 'en', stringsFor(language));
}

export const isHttps = (url: string | undefined): boolean => typeof url === 'string' && /^https:\/\//i.test(url);
