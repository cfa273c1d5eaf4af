/**
 * Entry `fair-offer/define` (and the standalone dist/fair-offer.js): registers `<fair-offer>` (harmless if it is
 * already defined). When the page holds prerendered offers (`fair-offer render`: declarative shadow DOM), Lit's
 * hydration support loads first, so the element adopts the server's markup instead of rendering it again; a page
 * without them never downloads it. Markup added later than this module runs: import `fair-offer/hydrate` instead.
 */
// First: an unlinted offer already on the page needs the checks before it paints (early-checks.ts).
import './element/early-checks.js';
import { LitElement } from 'lit';
import { FairOffer } from './element/fair-offer.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

function hasPrerenderedOffer(): boolean {
  if (typeof document === 'undefined') return false;
  for (const el of document.querySelectorAll('fair-offer')) if (el.shadowRoot) return true;
  return false;
}

// Already there when `fair-offer/hydrate` (or the host) loaded it before Lit: Lit has applied it itself.
const supportLoadedBeforeLit = 'litElementHydrateSupport' in globalThis;

if (!supportLoadedBeforeLit && hasPrerenderedOffer() && !customElements.get('fair-offer')) {
  // Lit calls this hook when it loads; this build of Lit is already loaded, so the hook is applied to it here,
  // before any element upgrades. A failed load only costs the adoption: the element renders as usual.
  import('@lit-labs/ssr-client/lit-element-hydrate-support.js')
    .then(() =>
      (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement }),
    )
    .catch((error) => console.warn('<fair-offer>: could not load hydration support; rendering again.', error))
    .finally(() => FairOffer.define());
} else {
  FairOffer.define();
}

export { FairOffer };
