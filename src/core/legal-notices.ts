/**
 * What the jurisdiction packs put on screen, as words and links, for the element, the receipt and the one-page
 * plan alike: the withdrawal link and period (eu), „Verträge hier kündigen" (de), the renewal consent (us-ca,
 * us-ny) and the deadline to cancel (us-ny). DOM-free; the element renders these beside the action they concern.
 */
import type { DisclosedOption } from './disclosure.js';
import { effectiveJurisdictions } from './guardrails/jurisdiction/jurisdictions.js';
import { isContinuing, isPaid } from './guardrails/jurisdiction/paying-options.js';
import { legalStringsFor, type LegalStrings } from './locales/legal-strings.js';
import type { Jurisdiction, Offer, OfferOption } from './offer-schema.js';
import { fill } from './strings.js';

/** The consents a receipt can record. */
export const CONSENTS = ['auto-renewal'] as const;
export type Consent = (typeof CONSENTS)[number];

export interface LegalLink {
  text: string;
  href: string;
}

/** Every jurisdiction that applies to an offer shown with the host's additions. */
export const offerJurisdictions = (offer: Offer, extra: readonly unknown[] = []): Set<Jurisdiction> =>
  effectiveJurisdictions(offer.jurisdictions, extra);

/** us-ca and us-ny: an auto-renewing paid option needs the visitor's express consent to the renewal. */
export const needsRenewalConsent = (option: OfferOption, jurisdictions: ReadonlySet<Jurisdiction>): boolean =>
  (jurisdictions.has('us-ca') || jurisdictions.has('us-ny')) && isPaid(option) && option.terms.renewal.auto;

/** The consent checkbox's label: the renewal terms as displayed (price, renewal line, how to cancel). */
export const consentText = (shown: DisclosedOption, legal: LegalStrings): string =>
  fill(legal.consentLabel, { title: shown.title, price: shown.terms.price, renewal: shown.terms.renewal });

/** us-ny: the deadline to act, beside the button. */
export function cancelByText(option: OfferOption, jurisdictions: ReadonlySet<Jurisdiction>, legal: LegalStrings) {
  const cancelBy = option.terms.renewal.cancelBy;
  return jurisdictions.has('us-ny') && option.terms.renewal.auto && cancelBy
    ? fill(legal.cancelBy, { cancelBy })
    : null;
}

/** Beside the recap of a chosen option: the withdrawal link and period (eu), the cancellation link (de). */
export function recapNotices(
  offer: Offer,
  option: OfferOption,
  jurisdictions: ReadonlySet<Jurisdiction>,
  lang: string,
): { withdrawal?: LegalLink & { period: string }; cancel?: LegalLink } {
  const legal = legalStringsFor(lang);
  const out: { withdrawal?: LegalLink & { period: string }; cancel?: LegalLink } = {};
  if (jurisdictions.has('eu') && isPaid(option) && offer.withdrawal)
    out.withdrawal = {
      text: legal.withdrawalLink,
      href: offer.withdrawal.url,
      period: fill(legal.withdrawalPeriod, { days: offer.withdrawal.days }),
    };
  const cancelUrl = option.terms.renewal.cancelUrl;
  if (jurisdictions.has('de') && isContinuing(option) && cancelUrl)
    out.cancel = { text: legal.cancelLink, href: cancelUrl };
  return out;
}
