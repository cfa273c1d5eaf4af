import { html, type TemplateResult } from 'lit';

/** A word with a digit in it, up to the next breaking space (no-break spaces inside "4 800 €" belong to it). */
const NUMBER_WORD = /[^ \t\n\r]*\d[^ \t\n\r]*/g;

/** One no-wrap number, for texts with more numbers than the written-out templates below. */
const nowrap = (piece: string): TemplateResult => html`<span class="nowrap">${piece}</span>`;

/**
 * Text with every word that holds a digit (prices, dates, counts) in a no-wrap span, so a narrow column or
 * text spacing breaks the line between words, never inside "€4,800.00". The spaces stay in the text around
 * the spans, so accessible names and descriptions read exactly as before.
 *
 * Texts with one or two numbers (nearly all of them) get one template with the spans written out, not a
 * list of pieces: a prerendered widget carries two hydration comments per template and per part, and a list
 * adds one part per piece and one template per span (bench/render: fewer comments, a cheaper parse).
 */
export function keepNumbers(text: string): TemplateResult | string {
  const p: string[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER_WORD)) {
    p.push(text.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  if (last === 0) return text;
  p.push(text.slice(last));
  switch (p.length) {
    case 3:
      return html`${p[0]}<span class="nowrap">${p[1]}</span>${p[2]}`;
    case 5:
      return html`${p[0]}<span class="nowrap">${p[1]}</span>${p[2]}<span class="nowrap">${p[3]}</span>${p[4]}`;
    default:
      return html`${p.map((piece, i) => (i % 2 ? nowrap(piece) : piece))}`;
  }
}
