import { html, nothing, type TemplateResult } from 'lit';
import type { DisclosedOption } from '../../core/disclosure.js';
import { TERM_KEYS, type TermKey } from '../../core/offer-constants.js';
import { TERM_LABEL, fill, type Strings } from '../../core/strings.js';
import { keepNumbers } from './keep-numbers.js';

const TERM_HELP: Record<TermKey, keyof Strings> = {
  scope: 'helpScope',
  evidence: 'helpEvidence',
  dataAccess: 'helpDataAccess',
  time: 'helpTime',
  price: 'helpPrice',
  renewal: 'helpRenewal',
  exit: 'helpExit',
};

export interface TermsTableView {
  s: Strings;
  /** The term whose toggletip is open, or null. */
  openTip: string | null;
  toggleTip(key: TermKey): void;
  /** A narrow widget (a phone): the table is folded behind a disclosure button until the visitor opens it. */
  compact: boolean;
  /** The visitor opened the folded table. */
  termsExpanded: boolean;
  toggleTerms(): void;
}

/** What a row header says: the term, whether its toggletip is open, the tip button's name and the help text. */
export interface RowWords {
  key: TermKey;
  label: string;
  open: boolean;
  about: string;
  help: string;
}

export function rowWords(v: TermsTableView, key: TermKey): RowWords {
  const label = v.s[TERM_LABEL[key]];
  return {
    key,
    label,
    open: v.openTip === key,
    about: fill(v.s.explainTerm, { term: label }),
    help: v.s[TERM_HELP[key]],
  };
}

// The rows of one option and of two (compared-terms.ts, in the later stages' chunk) are two templates with the row
// header written out in each, not a shared header template, a list of cells and a "Differs" slot that stays empty
// for one option: a prerendered widget carries two hydration comments per template and per part, over seven rows.

/** A row of one option's terms. */
function singleRow(v: TermsTableView, w: RowWords, value: string): TemplateResult {
  const { key } = w;
  return html`<tr>
    <th scope="row" aria-labelledby=${`term-${key}`}>
      <span class="term-head">
        <span id=${`term-${key}`}>${w.label}</span>
        <button type="button" class="info" part="term-info" data-term=${key} aria-expanded=${w.open ? 'true' : 'false'}
          aria-controls=${`tip-${key}`} @click=${() => v.toggleTip(key)}>
          <span aria-hidden="true">?</span><span class="visually-hidden">${w.about}</span>
        </button>
      </span>
      <div class="tip-live" aria-live="polite"><div class="tip" id=${`tip-${key}`} ?hidden=${!w.open}>${w.help}</div></div>
    </th>
    <td>${keepNumbers(value)}</td>
    </tr>`;
}

/**
 * The terms of one option (termsTable), or the differences between two (compared-terms.ts: rows that differ say so
 * in text). The toggletip
 * bubbles live in the same shadow root as their buttons so `aria-controls` resolves.
 *
 * A row header is named by its term (aria-labelledby), not by everything in the cell: without it the name
 * was "Scope About Scope", and the whole help text while a tip was open. A row that differs keeps its
 * "Differs" mark in the name ("Price Differs"): it is what a screen reader says beside each cell of the row,
 * and the difference is the point of the table.
 *
 * Each bubble sits in a polite live region that is always in the tree and empty while the bubble is
 * hidden; opening shows the bubble inside it, so screen readers announce the help text (a live region that
 * appears already filled is often not read). The text exists once, where it is shown; no second copy.
 *
 * On a narrow widget the table is one tap away: a disclosure button (aria-expanded, aria-controls) before
 * it, so the price, the renewal and the action, which the stage puts before the table, stay near the top.
 * Wider, the table is always shown and the button is not rendered.
 */
export function termsTable(v: TermsTableView, option: DisclosedOption, caption: string): TemplateResult {
  const header = html`<tr><th scope="col">${v.s.termColumn}</th><th scope="col">${option.title}</th></tr>`;
  return tableFrame(
    v,
    caption,
    header,
    TERM_KEYS.map((key) => singleRow(v, rowWords(v, key), option.terms[key])),
  );
}

/** The table around its rows, and the button that unfolds it on a narrow widget. */
export function tableFrame(
  v: TermsTableView,
  caption: string,
  header: TemplateResult,
  rows: TemplateResult[],
): TemplateResult {
  const folded = v.compact && !v.termsExpanded;
  const toggle = v.compact
    ? html`<button type="button" class="secondary disclosure" part="secondary-action terms-toggle" data-action="toggle-terms"
        aria-expanded=${folded ? 'false' : 'true'} aria-controls="terms-table" @click=${v.toggleTerms}>${v.s.showAllTerms}</button>`
    : nothing;
  return html`<div class="terms" part="terms">
    ${toggle}
    <table id="terms-table" part="table" ?hidden=${folded}>
      <caption>${caption}</caption>
      <thead>${header}</thead>
      <tbody>${rows}</tbody>
    </table>
    </div>`;
}
