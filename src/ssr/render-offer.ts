/**
 * `fair-offer/ssr`: an offer prerendered as static HTML, by Lit's own server renderer (@lit-labs/ssr) from the
 * element's templates, not by a second template. The output is the `<fair-offer>` element with its shadow tree
 * as declarative shadow DOM (styles inlined), the offer as its JSON child (so the element hydrates it) and the
 * light-DOM fallback. The guardrails run first: a refused offer throws `OfferRefusedError` with the findings.
 * The element carries the offer's lint digest (`linted`, lint-digest.ts), so the browser paints it at once.
 *
 * Node only. @lit-labs/ssr is an optional dependency, loaded here; the element is imported after it, because
 * Lit's server build installs the DOM shim the element needs on first import.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import type { Finding } from '../core/finding.js';
import type { Mode } from '../core/sequence.js';
import '../core/register-all.js';
import { lintDigest } from '../core/lint-digest.js';
import { prepareOffer } from '../core/prepare-offer.js';
import { registerRenderedParts } from '../element/all-parts.js';
import { FairOffer } from '../element/fair-offer.js';
import { fallbackHtml, noScriptLinks, offerJsonChild } from './light-dom.js';

// A server renders every language synchronously: register-all (above) registers every copy pack and string table.
registerRenderedParts(); // the later stages and the legal parts, which a browser loads on demand
FairOffer.define();

export interface RenderOfferOptions {
  /** `sequential` (default) or `side-by-side`. */
  mode?: Mode;
  /** Overrides the offer's `locale` (formatting and strings); the JSON child carries the same value. */
  locale?: string;
  /** The element's `lang` (the strings' language when the offer has no `locale`); default: the offer's locale, else `en`. */
  lang?: string;
  /** The element's `visitor-id`: the experiment arm is assigned from it on the server and in the browser alike. */
  visitorId?: string;
  /** The element's `arm`: the experiment arm by name, when the server assigns arms itself. */
  arm?: string;
  /** Light-DOM fallback HTML (trusted, yours) instead of the generated one, shown when the offer cannot render. */
  fallback?: string;
}

/** The offer did not pass the guardrails: nothing was rendered. */
export class OfferRefusedError extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    const errors = findings.filter((finding) => finding.severity === 'error');
    super(`the offer was refused: ${errors.map((finding) => `[${finding.rule}] ${finding.message}`).join('; ')}`);
    this.name = 'OfferRefusedError';
    this.findings = findings;
  }
}

/** The prerendered `<fair-offer>` as an HTML string; throws OfferRefusedError when the guardrails refuse it. */
export function renderOffer(offer: unknown, options: RenderOfferOptions = {}): string {
  const source =
    options.locale !== undefined && offer !== null && typeof offer === 'object'
      ? { ...(offer as object), locale: options.locale }
      : offer;
  const prepared = prepareOffer(source, {
    storage: null,
    visitorId: options.visitorId ?? null,
    arm: options.arm ?? null,
    withoutVisitor: true,
    // Read as the element inside will read it: an offer without a locale in the lang it is rendered in.
    ...(options.lang ? { language: options.lang } : {}),
  });
  const shown = prepared.validation.offer;
  if (!prepared.arm || !shown) throw new OfferRefusedError(prepared.validation.findings);
  // The language it is rendered in, so the browser's hydration sees the same (not the page's nearest lang).
  const lang = options.lang ?? shown.locale ?? 'en';
  // The lint digest of what the element will read (its JSON child, its lang): it paints before its checks load.
  const linted = lintDigest(source, { language: lang }) ?? nothing;
  // One line: whitespace in the opening tag would be printed as it is.
  const template = html`<fair-offer .offer=${source} mode=${options.mode ?? nothing} lang=${lang} visitor-id=${options.visitorId ?? nothing} arm=${options.arm ?? nothing} linted=${linted}></fair-offer>`;
  const rendered = collectResultSync(render(template))
    // Lit SSR writes the property binding `.checked=${false}` as the attribute checked="false", which HTML reads as
    // ticked: without JavaScript every add-on would look pre-selected. An unticked box has no attribute at all.
    // (Offer text cannot produce this: its quotes are escaped.)
    .replaceAll(' checked="false"', '')
    .replace(
      /<fair-offer[^>]*>/,
      // Attributes left out leave their separating spaces behind; quoted values are kept as they are.
      (openTag) => openTag.replace(/("[^"]*")|\s+/g, (_whole, quoted?: string) => quoted ?? ' ').replace(/ >$/, '>'),
    );
  // The element alone: the markers of the wrapping template above are of no use to a page that hydrates nothing.
  const start = rendered.indexOf('<fair-offer');
  const end = rendered.lastIndexOf('</fair-offer>');
  const children = offerJsonChild(source) + (options.fallback ?? fallbackHtml(prepared.arm.offer, shown.locale));
  const element = rendered.slice(start, end);
  const shadowEnd = element.lastIndexOf('</template>');
  const withLinks =
    element.slice(0, shadowEnd) + noScriptLinks(prepared.arm.offer, shown.locale ?? lang) + element.slice(shadowEnd);
  return `${withLinks}${children}</fair-offer>`;
}
