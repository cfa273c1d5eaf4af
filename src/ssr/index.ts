/** Entry `fair-offer/ssr` (Node): prerender an offer as static HTML the element hydrates. */
export { renderOffer, OfferRefusedError, type RenderOfferOptions } from './render-offer.js';
export { escapeHtml } from './light-dom.js';
