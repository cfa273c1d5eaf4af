import { html, type TemplateResult } from 'lit';

/** A word with a digit in it, up to the next breaking space (no-break spaces inside "4 800 €" belong to it). */
const NUMBER_WORD = /[^ \t\n\r]*\d[^ \t\n\r]*/g;

/**
 * Text with every word that holds a digit (prices, dates, counts) in a no-wrap span, so a narrow column or
 * text spacing breaks the line between words, never inside "€4,800.00". The spaces stay in the text around
 * the spans, so accessible names and descriptions read exactly as before.
 */
export function keepNumbers(text: string): TemplateResult | string {
  const pieces: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER_WORD)) {
    pieces.push(text.slice(last, match.index));
    pieces.push(html`<span class="nowrap">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  if (last === 0) return text;
  pieces.push(text.slice(last));
  return html`${pieces}`;
}
