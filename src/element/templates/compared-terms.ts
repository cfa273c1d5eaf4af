/**
 * The differences between two options, as the terms table (terms-table.ts) shows one option's terms: rows that
 * differ say so in text. In the later stages' chunk: the first stage shows one option.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { compareTerms, type DisclosedOption } from '../../core/disclosure.js';
import { keepNumbers } from './keep-numbers.js';
import { rowWords, tableFrame, type RowWords, type TermsTableView } from './terms-table.js';

/** A row comparing two options: a row that differs says so (its "Differs" mark is part of the header's name). */
function comparedRow(v: TermsTableView, w: RowWords, differs: boolean, values: [string, string]): TemplateResult {
  const { key } = w;
  return html`<tr>
    <th scope="row" aria-labelledby=${differs ? `term-${key} differs-${key}` : `term-${key}`}>
      <span class="term-head">
        <span id=${`term-${key}`}>${w.label}</span>
        ${differs ? html`<span class="badge" id=${`differs-${key}`}>${v.s.differs}</span>` : nothing}
        <button type="button" class="info" part="term-info" data-term=${key} aria-expanded=${w.open ? 'true' : 'false'}
          aria-controls=${`tip-${key}`} @click=${() => v.toggleTip(key)}>
          <span aria-hidden="true">?</span><span class="visually-hidden">${w.about}</span>
        </button>
      </span>
      <div class="tip-live" aria-live="polite"><div class="tip" id=${`tip-${key}`} ?hidden=${!w.open}>${w.help}</div></div>
    </th>
    <td>${keepNumbers(values[0])}</td><td>${keepNumbers(values[1])}</td>
    </tr>`;
}

export function comparedTermsTable(
  v: TermsTableView,
  [first, second]: [DisclosedOption, DisclosedOption],
  caption: string,
): TemplateResult {
  const header = html`<tr><th scope="col">${v.s.termColumn}</th><th scope="col">${first.title}</th><th scope="col">${second.title}</th></tr>`;
  return tableFrame(
    v,
    caption,
    header,
    compareTerms(first, second).map(({ key, differs }) =>
      comparedRow(v, rowWords(v, key), differs, [first.terms[key], second.terms[key]]),
    ),
  );
}
