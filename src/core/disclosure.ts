/**
 * The disclosure: each option's terms as the words a visitor sees. The element renders these strings,
 * and the receipt and the one-page plan hash and print the same strings, so "what was shown" is provable.
 */
import { TERM_KEYS, type OfferOption, type Price, type TermKey } from './offer-schema.js';
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

export interface TermRow {
  key: TermKey;
  full: string;
  retreat: string;
  differs: boolean;
}

const ACCESS_KEY = { none: 'accessNone', read: 'accessRead', write: 'accessWrite', admin: 'accessAdmin' } as const;
const PERIOD_KEY = { once: 'periodOnce', month: 'periodMonth', year: 'periodYear' } as const;

/** Intl can throw on a malformed locale tag; fall back to English rather than break the page. */
function money(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
  }
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

const PAY_WORDS =
  /\b(pay|buy|order|purchase|subscribe|donate|give|zahlen|kaufen|bestellen|spenden|pagar|comprar|donar)\b/i;

export function discloseOption(
  option: OfferOption,
  fallbackId: string,
  locale: string,
  s: Strings = EN_STRINGS,
): DisclosedOption {
  const t = option.terms;
  const price = formatPrice(t.price, locale, s);
  const paid = t.price.amount > 0 || (t.price.fees ?? 0) > 0;
  const firstCharge = money(t.price.amount + (t.price.fees ?? 0), t.price.currency, locale);
  const renewal = `${t.renewal.auto ? s.renewsAuto : s.renewsNot}. ${t.renewal.detail} ${t.renewal.cancel}`.trim();
  return {
    id: option.id ?? fallbackId,
    title: option.title,
    actionLabel:
      paid && !PAY_WORDS.test(option.action.label)
        ? fill(s.payLabel, { label: option.action.label, price: firstCharge })
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
    priceLine: `${price}. ${t.renewal.auto ? s.renewsAuto : s.renewsNot}.`,
    ...(option.notice ? { notice: option.notice } : {}),
  };
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
