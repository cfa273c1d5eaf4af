/**
 * What the one-page plan says, before it is written as HTML or text (plan.ts): both options as the widget disclosed
 * them, the retreat that was shown, the choice, the add-ons, the deadline and the legal links of each option's
 * exit rights, with the plan's own words in the offer's language.
 */
import {
  discloseAddOn,
  discloseAddOns,
  discloseOption,
  type DisclosedAddOn,
  type DisclosedOption,
} from './disclosure.js';
import { formatDeadline } from './deadline-line.js';
import type { Jurisdiction, Offer, OfferOption } from './offer-schema.js';
import { offerJurisdictions, recapNotices } from './legal-notices.js';
import { offerOptions, type Choice } from './receipt.js';
import { PLAN_TRANSLATIONS } from './locales/plan-strings.js';
import { primaryLanguage, stringsFor } from './locales/index.js';
import { fill, type Strings } from './strings.js';

/** Plan-only words; the rest comes from the widget's strings so the plan says what the widget said. */
export const PLAN_STRINGS = {
  planTitle: 'Two options: {full}, or {retreat}',
  optionLetter: 'Option {letter}',
  yourChoice: 'Your choice',
  youStopped: 'You chose "{stop}"',
  actionLine: 'Action',
  priceLine: 'Price and renewal',
  replyHeading: 'How to reply',
  replyOption: 'Reply "{letter}" for {title} ({action}).',
  replyStop: 'Or reply "{stop}": nothing is chosen and nothing is charged.',
  addOnsHeading: 'Optional extras (off unless you ask for them)',
  addedHeading: 'Extras you added',
  addOnLine: '{label} ({price})',
} as const;
export type PlanStrings = Record<keyof typeof PLAN_STRINGS, string>;

export interface RenderPlanOptions {
  format: 'html' | 'text';
  choice?: Choice;
  /** BCP 47 locale for prices and dates; `offer.locale`, else "en". */
  locale?: string;
  /** The widget's strings, when the host replaced the built-in ones. */
  strings?: Partial<Strings>;
  planStrings?: Partial<PlanStrings>;
  /** Which retreat was shown (an option id, or `retreat-<constraint>` / `variant-<n>`); default `offer.retreat`. */
  retreatId?: string;
  /** Ids of the add-ons the visitor ticked with the choice: listed as added, with their prices. */
  addOns?: readonly string[];
  /** Legal packs the host adds to the offer's `jurisdictions`: their links go with each option's exit rights. */
  jurisdictions?: readonly Jurisdiction[];
}

export interface PlanModel {
  lang: string;
  s: Strings;
  p: PlanStrings;
  offer: Offer;
  full: DisclosedOption;
  retreat: DisclosedOption;
  fullSource: OfferOption;
  retreatSource: OfferOption;
  choice?: Choice;
  stopLabel: string;
  deadline?: string;
  /** Ticked add-ons, and the others still on offer, as displayed. */
  added: DisclosedAddOn[];
  optional: DisclosedAddOn[];
  jurisdictions: ReadonlySet<Jurisdiction>;
}

export function planModel(offer: Offer, o: RenderPlanOptions): PlanModel {
  const lang = o.locale ?? offer.locale ?? 'en';
  // The language's built-in words unless the host passes its own (the element passes the strings it displayed);
  // stringsFor gives English for a language whose strings are not registered.
  const s: Strings = { ...stringsFor(lang), ...o.strings };
  const p: PlanStrings = { ...PLAN_STRINGS, ...PLAN_TRANSLATIONS[primaryLanguage(lang)], ...o.planStrings };
  const found = o.retreatId
    ? offerOptions(offer).find((c) => c.option !== offer.full && (c.option.id ?? c.fallbackId) === o.retreatId)
    : undefined;
  if (o.retreatId && !found) throw new RangeError(`renderPlan: no retreat "${o.retreatId}" in offer "${offer.id}"`);
  const retreatSource = found?.option ?? offer.retreat;
  const deadline = offer.deadline ? formatDeadline(offer.deadline, lang, s) : undefined;
  // A stop agrees to nothing: no add-on is listed as added.
  const added = o.choice === 'stop' ? [] : discloseAddOns(offer, o.addOns ?? [], lang, s);
  return {
    lang,
    s,
    p,
    offer,
    full: discloseOption(offer.full, 'full', lang, s),
    retreat: discloseOption(retreatSource, found?.fallbackId ?? 'retreat', lang, s),
    fullSource: offer.full,
    retreatSource,
    choice: o.choice,
    stopLabel: offer.stop?.label ?? s.stop,
    deadline,
    added,
    jurisdictions: offerJurisdictions(offer, o.jurisdictions),
    optional: (offer.addOns ?? [])
      .filter((a) => !added.some((t) => t.id === a.id))
      .map((a) => discloseAddOn(a, lang, s)),
  };
}

/** Exit rights: how to stop (and what happens to data and money), and how to cancel a renewal. */
export function exitRights(m: PlanModel, i: number): string {
  const source = i === 0 ? m.fullSource : m.retreatSource;
  const exit = (i === 0 ? m.full : m.retreat).terms.exit;
  return `${exit} ${source.terms.renewal.cancel}`;
}

/** The withdrawal link and period (eu) and the cancellation link (de) that go with an option's exit rights. */
export function legalLinks(m: PlanModel, i: number): Array<{ text: string; href: string; note?: string }> {
  const { withdrawal, cancel } = recapNotices(
    m.offer,
    i === 0 ? m.fullSource : m.retreatSource,
    m.jurisdictions,
    m.lang,
  );
  return [...(withdrawal ? [{ ...withdrawal, note: withdrawal.period }] : []), ...(cancel ? [cancel] : [])];
}

/** An add-on as the widget shows it beside its checkbox: the label and, when it costs something, the price. */
export function addOnText(m: PlanModel, a: DisclosedAddOn): string {
  return a.price ? fill(m.p.addOnLine, { label: a.label, price: a.price }) : a.label;
}
