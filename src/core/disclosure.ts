/**
 * The disclosure: each option's terms as the words a visitor sees. The element renders these strings,
 * and the receipt and the one-page plan hash and print the same strings, so "what was shown" is provable.
 */
import { TERM_KEYS, type TermKey } from './offer-constants.js';
import type { AddOn, Offer, OfferOption, Price } from './offer-schema.js';
import { wordingStatesRenewal } from './renewal-wording.js';
import { EN_STRINGS, fill, type Strings } from './strings.js';

export interface DisclosedOption {
  id: string;
  title: string;
  /** The action button's label; says that it commits to paying when the option costs money. */
  actionLabel: string;
  terms: Record<TermKey, string>;
  /** Price and renewal in one line, shown beside the action button. */
  priceLine: string;
  notice?: string;
}

/** A ticked add-on as the visitor saw it: its label and its price in the words shown beside the checkbox. */
export interface DisclosedAddOn {
  id: string;
  label: string;
  /** `formatPrice` of the add-on's price; absent when the add-on has no price. */
  price?: string;
}

export interface TermRow {
  key: TermKey;
  full: string;
  retreat: string;
  differs: boolean;
}

const ACCESS_KEY = { none: 'accessNone', read: 'accessRead', write: 'accessWrite', admin: 'accessAdmin' } as const;
const PERIOD_KEY = { once: 'periodOnce', month: 'periodMonth', year: 'periodYear' } as const;

/**
 * One formatter per locale and currency: constructing an Intl.NumberFormat costs milliseconds (the first one on a
 * page loads locale data), and every option's price, fees and total use one. Intl throws on a malformed locale
 * tag; English is used then rather than break the page.
 */
const FORMATTERS = new Map<string, Intl.NumberFormat>();
function money(amount: number, currency: string, locale: string): string {
  const key = `${locale} ${currency}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      formatter = new Intl.NumberFormat('en', { style: 'currency', currency });
    }
    FORMATTERS.set(key, formatter);
  }
  return formatter.format(amount);
}

/** Total commitment: amount × minimum term, plus fees. Recurring prices without a minimum count one period. */
export function totalCommitment(price: Price): number {
  return price.amount * (price.minimumTerm ?? 1) + (price.fees ?? 0);
}

export function formatPrice(price: Price, locale: string, s: Strings = EN_STRINGS): string {
  if (price.amount === 0 && !price.fees) return price.note ? `${s.free} (${price.note})` : s.free;
  const parts = [fill(s[PERIOD_KEY[price.period]], { amount: money(price.amount, price.currency, locale) })];
  if (price.minimumTerm && price.minimumTerm > 1 && price.period !== 'once') {
    parts.push(
      fill(s.minimumTerm, { count: price.minimumTerm, unit: price.period === 'month' ? s.unitMonths : s.unitYears }),
    );
  }
  if (price.fees) parts.push(fill(s.fees, { fees: money(price.fees, price.currency, locale) }));
  // A total only means something when the buyer is bound beyond one payment: an open-ended monthly
  // pledge has no total, and "€20 a month, €20 in total" would misstate it.
  if ((price.minimumTerm ?? 1) > 1 && price.period !== 'once') {
    parts.push(fill(s.totalCommitment, { total: money(totalCommitment(price), price.currency, locale) }));
  } else if (price.fees) {
    parts.push(fill(s.totalCommitment, { total: money(totalCommitment(price), price.currency, locale) }));
  }
  return parts.join(', ') + (price.note ? ` (${price.note})` : '');
}

// A label with one of these already says it costs money: no ", pay €…" is added (French: « s’abonner », « faire un don »).
const PAY_WORDS =
  /\b(pay|buy|order|purchase|subscribe|donate|give|zahlen|kaufen|bestellen|spenden|pagar|comprar|donar|payer|acheter|commander|commande|abonner|faire un don)\b/i;

export function discloseOption(
  option: OfferOption,
  fallbackId: string,
  locale: string,
  s: Strings = EN_STRINGS,
): DisclosedOption {
  const t = option.terms;
  const price = formatPrice(t.price, locale, s);
  const paid = t.price.amount > 0 || (t.price.fees ?? 0) > 0;
  // The widget's own renewal sentence is left out where the offer's words already state the same thing
  // (a detail "Renews every year at €96" is not read as "Renews automatically. Renews every year ...").
  const renewalSentence = `${t.renewal.auto ? s.renewsAuto : s.renewsNot}.`;
  const detailSays = wordingStatesRenewal(t.renewal.detail, t.renewal.auto);
  const noticeSays = wordingStatesRenewal(option.notice, t.renewal.auto);
  const renewal = `${detailSays ? '' : `${renewalSentence} `}${t.renewal.detail} ${t.renewal.cancel}`.trim();
  return {
    id: option.id ?? fallbackId,
    title: option.title,
    actionLabel:
      paid && !PAY_WORDS.test(option.action.label)
        ? // The first charge, formatted only here: a free offer never needs a number formatter (the page's first
          // Intl.NumberFormat costs 15-35 ms in Chromium while it loads its number data).
          fill(s.payLabel, {
            label: option.action.label,
            price: money(t.price.amount + (t.price.fees ?? 0), t.price.currency, locale),
          })
        : option.action.label,
    terms: {
      scope: t.scope,
      evidence: t.evidence,
      dataAccess: `${s[ACCESS_KEY[t.dataAccess.level]]}: ${t.dataAccess.detail}`,
      time: `${t.time.duration}. ${t.time.effort}`,
      price,
      renewal,
      exit: t.exit,
    },
    // The notice is shown right after the price line: when it states the renewal, the line does not.
    priceLine: noticeSays ? `${price}.` : `${price}. ${renewalSentence}`,
    ...(option.notice ? { notice: option.notice } : {}),
  };
}

export function discloseAddOn(addOn: AddOn, locale: string, s: Strings = EN_STRINGS): DisclosedAddOn {
  return { id: addOn.id, label: addOn.label, ...(addOn.price ? { price: formatPrice(addOn.price, locale, s) } : {}) };
}

/**
 * The ticked add-ons in the order the offer lists them (so the receipt does not depend on the order of the
 * clicks). An id the offer does not have is an error, never dropped: a receipt must cover what was agreed to.
 */
export function discloseAddOns(
  offer: Pick<Offer, 'addOns' | 'id'>,
  ids: readonly string[],
  locale: string,
  s: Strings = EN_STRINGS,
): DisclosedAddOn[] {
  const ticked = new Set(ids);
  const known = offer.addOns ?? [];
  const unknown = [...ticked].filter((id) => !known.some((a) => a.id === id));
  if (unknown.length)
    throw new RangeError(`offer "${offer.id}" has no add-on ${unknown.map((id) => `"${id}"`).join(', ')}`);
  return known.filter((a) => ticked.has(a.id)).map((a) => discloseAddOn(a, locale, s));
}

/**
 * An action's label once the visitor has ticked priced add-ons: "Start, pay €20 (+ €5.00 for extras)". The
 * button is the moment of commitment, so it states what the extras add to the first charge (amount plus fees,
 * summed per currency) instead of an option price that is no longer what the visitor pays. Unticked or free
 * extras leave the label as it is.
 */
export function labelWithExtras(
  label: string,
  addOns: readonly AddOn[] | undefined,
  ticked: ReadonlySet<string>,
  locale: string,
  s: Strings = EN_STRINGS,
): string {
  const perCurrency = new Map<string, number>();
  for (const addOn of addOns ?? []) {
    if (!ticked.has(addOn.id) || !addOn.price) continue;
    const first = addOn.price.amount + (addOn.price.fees ?? 0);
    if (first > 0) perCurrency.set(addOn.price.currency, (perCurrency.get(addOn.price.currency) ?? 0) + first);
  }
  if (!perCurrency.size) return label;
  const price = [...perCurrency].map(([currency, amount]) => money(amount, currency, locale)).join(' + ');
  return fill(s.payExtras, { label, price });
}

/** The "what's different" rows, in the fixed order of the seven terms. */
export function compareTerms(full: DisclosedOption, retreat: DisclosedOption): TermRow[] {
  return TERM_KEYS.map((key) => ({
    key,
    full: full.terms[key],
    retreat: retreat.terms[key],
    differs: full.terms[key] !== retreat.terms[key],
  }));
}
