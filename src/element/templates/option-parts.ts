import { html, nothing, type TemplateResult } from 'lit';
import { formatDeadline } from '../../core/deadline-line.js';
import { formatPrice, labelWithExtras, type DisclosedOption } from '../../core/disclosure.js';
import type { Offer, OfferOption } from '../../core/offer-schema.js';
import type { Choice } from '../../core/sequence.js';
import { fill, type Strings } from '../../core/strings.js';
import type { HeadingLevel } from './headings.js';
import { keepNumbers } from './keep-numbers.js';
import { loadedPart } from '../lazy-parts.js';
import type { LegalView } from './legal-parts.js';
import type { WithdrawView } from './withdraw-parts.js';

/** What the pieces of a stage need: the strings, the locale, whether the host form is disabled. */
export interface PartsView {
  s: Strings;
  locale: string;
  disabled: boolean;
  /** The jurisdiction packs (legal-parts.ts): what the law asks to show beside an action. */
  legal?: LegalView;
  /** The stage heading's level (`heading-level`); sub-headings are one deeper. */
  headingLevel: HeadingLevel;
}

/**
 * The stop path: a real button, in every stage but `stopped`. Lighter than the decline beside it (one
 * outline, normal weight) so the two read as different kinds of answer, but never faint: the same size,
 * text at 4.5:1 and its outline at 3:1 or more.
 */
export function stopButton(v: PartsView & WithdrawView & { offer: Offer }): TemplateResult {
  // While a choice stands the stop path withdraws it, says so, and asks once (withdraw-parts.ts, in the later
  // stages' chunk: a choice stands only once the chosen stage was shown, and the element loads it before then).
  const later = v.withdrawal.standingTitle !== null ? loadedPart('stages') : undefined;
  if (later) return v.withdrawal.confirming ? later.withdrawQuestion(v) : later.withdrawButton(v);
  return html`<button type="button" class="secondary quiet" part="stop-action secondary-action" ?disabled=${v.disabled} @click=${v.stop}>${v.offer.stop?.label ?? v.s.stop}</button>`;
}

/** "See a smaller option": says where it leads (the optional question, then the one smaller option). */
export function declineButton(v: PartsView & { offer: Offer; decline(): void }): TemplateResult {
  return html`<button type="button" class="secondary" part="decline-action secondary-action" ?disabled=${v.disabled} @click=${v.decline}>${v.offer.declineLabel ?? v.s.decline}</button>`;
}

/** Any other secondary button (back, change, save, reopen, the question's answers). */
export function secondaryButton(
  v: PartsView,
  label: string,
  onClick: () => void,
  data: { action?: string; constraint?: string; describedBy?: string } = {},
): TemplateResult {
  return html`<button type="button" class="secondary" part="secondary-action" data-action=${data.action ?? nothing} data-constraint=${data.constraint ?? nothing}
    aria-describedby=${data.describedBy ?? nothing} ?disabled=${v.disabled} @click=${onClick}>${label}</button>`;
}

/** An option's action button with its price line, which describes it (the price is read with the button). */
export function actionGroup(
  v: PartsView & { choose(choice: Choice): void; addOns: ReadonlySet<string>; offer: Offer },
  d: DisclosedOption,
  part: 'full-action' | 'retreat-action',
  primary: boolean,
): TemplateResult {
  const priceId = `${part}-price`;
  const noticeId = `${part}-notice`;
  // Two elements, two ids: the description is joined with a space ("…automatically. Renews…"), where one
  // paragraph with an inline notice ran the two sentences together.
  return html`<div class="action-group">
    ${loadedPart('legal')?.renewalConsent(v, d, part) ?? nothing}
    <button type="button" class=${primary ? 'primary' : 'secondary'} part=${part} aria-describedby=${d.notice ? `${priceId} ${noticeId}` : priceId} ?disabled=${v.disabled}
      @click=${() => v.choose(part === 'full-action' ? 'full' : 'retreat')}>${keepNumbers(labelWithExtras(d.actionLabel, v.offer.addOns, v.addOns, v.locale, v.s))}</button>
    <p class="price-line" id=${priceId}>${keepNumbers(d.priceLine)}</p>
    ${d.notice ? html`<p class="notice" id=${noticeId}>${keepNumbers(d.notice)}</p>` : nothing}
    ${loadedPart('legal')?.cancelByLine(v, part) ?? nothing}
    </div>`;
}

/** Who asks, and the decision both options serve (the deadline has its own place, before the actions). */
export function meta(v: PartsView, offer: Offer): TemplateResult {
  const s = v.s;
  return html`<p class="meta">${fill(s.requestedBy, { name: offer.requester.name, role: offer.requester.role })}</p>
    <p><strong>${s.decisionLabel}:</strong> ${offer.decision}</p>`;
}

export function deadline(v: PartsView, offer: Offer): TemplateResult | typeof nothing {
  if (!offer.deadline) return nothing;
  // A date and a reason, never a ticking countdown: the date once, in the offer's time zone, the zone named.
  return html`<p class="deadline">${formatDeadline(offer.deadline, v.locale, v.s)}</p>`;
}

export function impact(v: PartsView, option: OfferOption): TemplateResult | typeof nothing {
  if (!option.impact) return nothing;
  const url = option.impact.verificationUrl;
  return html`<p>${option.impact.text}${url ? html` <a href=${url}>${v.s.verifyImpact}</a>` : nothing}</p>`;
}

export interface AddOnsView extends PartsView {
  /** Ids of the ticked add-ons. */
  addOns: ReadonlySet<string>;
  toggleAddOn(id: string, checked: boolean): void;
}

/** Opt-in add-ons: unticked unless the visitor ticks them. */
export function addOnsFieldset(v: AddOnsView, offer: Offer): TemplateResult | typeof nothing {
  if (!offer.addOns?.length) return nothing;
  const s = v.s;
  return html`<fieldset>
    <legend>${s.addOnsLegend}</legend>
    ${offer.addOns.map(
      (a) => html`<label>
        <input type="checkbox" name=${a.id} .checked=${v.addOns.has(a.id)} ?disabled=${v.disabled}
          @change=${(e: Event) => v.toggleAddOn(a.id, (e.target as HTMLInputElement).checked)} />
        <span>${keepNumbers(`${a.label}${a.price ? ` (${formatPrice(a.price, v.locale, s)})` : ''}`)}</span>
      </label>`,
    )}
    </fieldset>`;
}
