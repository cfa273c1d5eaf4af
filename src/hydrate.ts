/**
 * Entry `fair-offer/hydrate`: Lit's hydration support, then `fair-offer/define`. For apps that add prerendered
 * offers after the page loaded (client-side navigation); import it before anything else that imports Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { FairOffer } from './define.js';
