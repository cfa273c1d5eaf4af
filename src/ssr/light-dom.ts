/**
 * The light-DOM children of a prerendered offer: the offer as JSON (what the element hydrates) and the fallback
 * a page shows when the offer cannot render (refused in the browser, or a browser without declarative shadow DOM):
 * the full option in plain words, with its action and the stop path as plain links when the offer gives hrefs.
 */
import { discloseOption } from '../core/disclosure.js';
import { stringsFor } from '../core/locales/index.js';
import type { Offer } from '../core/offer-schema.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Offer text is rendered as text, never HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * The offer as `<script type="application/json">`. `<` is written as \u003c, so no string in the offer can end
 * the script element or open a comment in it; JSON.parse reads the same value back.
 */
export function offerJsonChild(offer: unknown): string {
  return `<script type="application/json">${JSON.stringify(offer).replace(/</g, '\\u003c')}</script>`;
}

/** The full option, its price line, its action and the stop path, as the `fallback` slot. */
export function fallbackHtml(offer: Offer, locale: string | undefined): string {
  const strings = stringsFor(locale);
  const full = discloseOption(offer.full, 'full', locale ?? 'en', strings);
  const action = offer.full.action.href
    ? `<a href="${escapeHtml(offer.full.action.href)}">${escapeHtml(full.actionLabel)}</a>`
    : escapeHtml(full.actionLabel);
  const stopHref = (offer.stop as { href?: unknown } | undefined)?.href;
  const stopLabel = escapeHtml(offer.stop?.label ?? strings.stop);
  const stop = typeof stopHref === 'string' ? `<a href="${escapeHtml(stopHref)}">${stopLabel}</a>` : '';
  return (
    `<div slot="fallback"><p><strong>${escapeHtml(full.title)}</strong>: ${escapeHtml(full.priceLine)}</p>` +
    `<p>${action}${stop ? ` · ${stop}` : ''}</p></div>`
  );
}
