import { html, nothing, type TemplateResult } from 'lit';
import { compareTerms, type DisclosedOption } from '../../core/disclosure.js';
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

/**
 * The terms of one option, or the differences between two (rows that differ say so in text). The toggletip
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
export function termsTable(v: TermsTableView, columns: DisclosedOption[], caption: string): TemplateResult {
  const s = v.s;
  const rows =
    columns.length === 2 ? compareTerms(columns[0]!, columns[1]!) : TERM_KEYS.map((key) => ({ key, differs: false }));
  const folded = v.compact && !v.termsExpanded;
  const toggle = v.compact
    ? html`<button type="button" class="secondary disclosure" part="secondary-action terms-toggle" data-action="toggle-terms"
        aria-expanded=${folded ? 'false' : 'true'} aria-controls="terms-table" @click=${v.toggleTerms}>${s.showAllTerms}</button>`
    : nothing;
  return html`<div class="terms" part="terms">
    ${toggle}
    <table id="terms-table" part="table" ?hidden=${folded}>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${s.termColumn}</th>
          ${columns.map((c) => html`<th scope="col">${c.title}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ key, differs }) => {
          const label = s[TERM_LABEL[key]];
          const open = v.openTip === key;
          return html`<tr>
            <th scope="row" aria-labelledby=${differs ? `term-${key} differs-${key}` : `term-${key}`}>
              <span class="term-head">
                <span id=${`term-${key}`}>${label}</span>
                ${differs ? html`<span class="badge" id=${`differs-${key}`}>${s.differs}</span>` : nothing}
                <button type="button" class="info" part="term-info" data-term=${key} aria-expanded=${open ? 'true' : 'false'}
                  aria-controls=${`tip-${key}`} @click=${() => v.toggleTip(key)}>
                  <span aria-hidden="true">?</span><span class="visually-hidden">${fill(s.explainTerm, { term: label })}</span>
                </button>
              </span>
              <div class="tip-live" aria-live="polite"><div class="tip" id=${`tip-${key}`} ?hidden=${!open}>${s[TERM_HELP[key]]}</div></div>
            </th>
            ${columns.map((c) => html`<td>${keepNumbers(c.terms[key])}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table>
    </div>`;
}
