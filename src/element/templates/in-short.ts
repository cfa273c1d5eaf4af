/**
 * The short, phone-readable version of the terms, shown before the action: the full table is one tap away
 * (terms-table.ts). One option: its time and data access (price and renewal stand beside the button). Two
 * options: what the smaller one changes, as "Time: 2 weeks instead of 6 weeks", and the names of the
 * other terms that differ.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { compareTerms, formatPrice, type DisclosedOption } from '../../core/disclosure.js';
import type { OfferOption, TermKey } from '../../core/offer-schema.js';
import { fill, type Strings } from '../../core/strings.js';
import { subHeading } from './headings.js';
import { keepNumbers } from './keep-numbers.js';
import type { PartsView } from './option-parts.js';
import { TERM_LABEL } from '../../core/strings.js';

const ACCESS_LABEL = { none: 'accessNone', read: 'accessRead', write: 'accessWrite', admin: 'accessAdmin' } as const;

/** The short value of a term, where one exists: the words that differ most visibly between two options. */
function shortValue(key: TermKey, option: OfferOption, v: PartsView): string | null {
  const t = option.terms;
  switch (key) {
    case 'time':
      return t.time.duration;
    case 'dataAccess':
      return v.s[ACCESS_LABEL[t.dataAccess.level]];
    case 'price':
      // without its note ("plus VAT, …"): the table has it; the short line compares amounts
      return formatPrice({ ...t.price, note: undefined }, v.locale, v.s);
    case 'renewal':
      return t.renewal.auto ? v.s.renewsAuto : v.s.renewsNot;
    default:
      return null;
  }
}

export function keyTerms(v: PartsView, option: OfferOption): TemplateResult {
  const s = v.s;
  const item = (key: 'time' | 'dataAccess') => keepNumbers(`${s[TERM_LABEL[key]]}: ${shortValue(key, option, v)}`);
  // The two items written out, not a list of item templates: fewer hydration comments in prerendered markup.
  return html`<div class="in-short">
    ${subHeading(v.headingLevel, s.inShort)}
    <ul><li>${item('time')}</li><li>${item('dataAccess')}</li></ul>
    </div>`;
}

/** `shown` and `other` as displayed; `shownSource`/`otherSource` the offer's options behind them. */
export function differencesInShort(
  v: PartsView,
  [shown, shownSource]: [DisclosedOption, OfferOption],
  [other, otherSource]: [DisclosedOption, OfferOption],
): TemplateResult | typeof nothing {
  const s: Strings = v.s;
  const differing = compareTerms(other, shown).filter((row) => row.differs);
  if (!differing.length) return nothing;
  const lines: string[] = [];
  const rest: string[] = [];
  for (const { key } of differing) {
    const mine = shortValue(key, shownSource, v);
    const theirs = shortValue(key, otherSource, v);
    if (mine !== null && theirs !== null && mine !== theirs)
      lines.push(fill(s.insteadOf, { term: s[TERM_LABEL[key]], option: mine, other: theirs }));
    else rest.push(s[TERM_LABEL[key]]);
  }
  return html`<div class="in-short">
    ${subHeading(v.headingLevel, s.differencesInShort)}
    <ul>
      ${lines.map((line) => html`<li>${keepNumbers(line)}</li>`)}
      ${rest.length ? html`<li>${fill(s.alsoDiffers, { terms: rest.join(', ') })}</li>` : nothing}
    </ul>
    </div>`;
}
