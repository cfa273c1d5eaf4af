/**
 * What the jurisdiction packs show, beside the action it concerns (never in a toggletip), in the offer's
 * language: the renewal consent before the action (us-ca, us-ny), the deadline to cancel after it (us-ny), and
 * in the recap the withdrawal link with its period (eu) and „Verträge hier kündigen" (de). Its own chunk, loaded
 * only for an offer with jurisdiction packs (lazy-parts.ts); the styles are in styles/legal.styles.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosedOption } from '../../core/disclosure.js';
import { cancelByText, consentText, needsRenewalConsent, recapNotices } from '../../core/legal-notices.js';
import type { LegalStrings } from '../../core/locales/legal-strings.js';

// What the legal controller computes with, loaded with these parts (its own chunk: lazy-parts.ts `legal`).
export { needsRenewalConsent, offerJurisdictions } from '../../core/legal-notices.js';
export { legalStringsFor } from '../../core/locales/legal-strings.js';
import type { Jurisdiction, Offer, OfferOption } from '../../core/offer-schema.js';
import type { Choice } from '../../core/sequence.js';
import { fill } from '../../core/strings.js';
import { keepNumbers } from './keep-numbers.js';

type Part = 'full-action' | 'retreat-action';

export interface LegalView {
  jurisdictions: ReadonlySet<Jurisdiction>;
  words: LegalStrings;
  option(choice: Choice): OfferOption | undefined;
  consented(choice: Choice): boolean;
  /** The action was pressed without its consent: say why beside the checkbox. */
  asked(choice: Choice): boolean;
  toggleConsent(choice: Choice, checked: boolean): void;
}

interface LegalPartsView {
  legal?: LegalView;
  disabled: boolean;
}

const choiceOf = (part: Part): Choice => (part === 'full-action' ? 'full' : 'retreat');

/** us-ca, us-ny: an unticked checkbox whose visible label states the renewal terms, before the action. */
export function renewalConsent(v: LegalPartsView, d: DisclosedOption, part: Part): TemplateResult | typeof nothing {
  const legal = v.legal;
  const choice = choiceOf(part);
  const option = legal?.option(choice);
  if (!legal || !option || !needsRenewalConsent(option, legal.jurisdictions)) return nothing;
  const asked = legal.asked(choice);
  const messageId = `${part}-consent-message`;
  return html`<div class="consent">
    <label>
      <input type="checkbox" id=${`${choice}-action-consent`} .checked=${legal.consented(choice)} ?disabled=${v.disabled}
        aria-invalid=${asked ? 'true' : 'false'} aria-describedby=${asked ? messageId : nothing}
        @change=${(e: Event) => legal.toggleConsent(choice, (e.target as HTMLInputElement).checked)} />
      <span>${keepNumbers(consentText(d, legal.words))}</span>
    </label>
    ${asked ? html`<p class="consent-message" id=${messageId}>${fill(legal.words.consentNeeded, { title: d.title })}</p>` : nothing}
    </div>`;
}

/** us-ny: by when to cancel to avoid the next charge, beside the action. */
export function cancelByLine(v: LegalPartsView, part: Part): TemplateResult | typeof nothing {
  const legal = v.legal;
  const option = legal?.option(choiceOf(part));
  const text = legal && option ? cancelByText(option, legal.jurisdictions, legal.words) : null;
  return text ? html`<p class="notice cancel-by" id=${`${part}-cancel-by`}>${keepNumbers(text)}</p>` : nothing;
}

/** The recap of a chosen option: the withdrawal link and period (eu), the cancellation link (de). */
export function recapLinks(
  v: LegalPartsView & { offer: Offer; locale: string },
  choice: Choice | null,
): TemplateResult | typeof nothing {
  const legal = v.legal;
  const option = legal && choice ? legal.option(choice) : undefined;
  if (!legal || !option) return nothing;
  const { withdrawal, cancel } = recapNotices(v.offer, option, legal.jurisdictions, v.locale);
  if (!withdrawal && !cancel) return nothing;
  return html`<ul class="legal-links">
    ${withdrawal ? html`<li>${withdrawal.period} <a href=${withdrawal.href}>${withdrawal.text}</a></li>` : nothing}
    ${cancel ? html`<li><a href=${cancel.href}>${cancel.text}</a></li>` : nothing}
    </ul>`;
}
