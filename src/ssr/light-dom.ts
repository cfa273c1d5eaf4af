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

/**
 * Inside the prerendered shadow tree, after Lit's markup (outside every part, so hydration ignores it): with
 * JavaScript off, the options that have an `action.href` (and the stop path with a `stop.href`) become plain
 * links, and the buttons they replace are hidden, since a button without script does nothing. With JavaScript on,
 * a <noscript> is inert text: the widget's own buttons work as usual.
 */
export function noScriptLinks(offer: Offer, locale: string | undefined): string {
  const strings = stringsFor(locale);
  const links: string[] = [];
  const hidden: string[] = [];
  const options = [
    ['full-action', offer.full, 'full'],
    ['retreat-action', offer.retreat, 'retreat'],
  ] as const;
  for (const [part, option, id] of options) {
    if (!option.action.href) continue;
    const label = discloseOption(option, id, locale ?? 'en', strings).actionLabel;
    links.push(`<a href="${escapeHtml(option.action.href)}">${escapeHtml(label)}</a>`);
    hidden.push(`[part~="${part}"]`);
  }
  const stopHref = (offer.stop as { href?: unknown } | undefined)?.href;
  if (typeof stopHref === 'string') {
    links.push(`<a href="${escapeHtml(stopHref)}">${escapeHtml(offer.stop?.label ?? strings.stop)}</a>`);
    hidden.push('[part~="stop-action"]');
  }
  if (!links.length) return '';
  // Without script there is no "Not this one" step either: the smaller option is offered as its own link.
  if (offer.retreat.action.href) hidden.push('[part~="decline-action"]');
  return (
    `<noscript><style>${hidden.join(',')}{display:none}.no-script-links{display:flex;flex-wrap:wrap;gap:1rem;` +
    `padding:0 1rem 1rem}</style><p class="no-script-links">${links.join('')}</p></noscript>`
  );
}
