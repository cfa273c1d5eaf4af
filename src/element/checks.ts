/**
 * The checks chunk: validateOffer with its guardrails, the valibot schema, the copy engine and the English copy
 * pack, and what loads an offer's other needs before it is validated (offer-assets.ts). The element imports it
 * on demand (checks-loader.ts): before the first paint of an offer without a matching lint digest, right after
 * the first paint of one with it. Node never needs this split (fair-offer/core registers everything).
 */
// First, so the chunk starts with the English pack's words and the engine's code follows in one stretch: gzip finds
// more repeats in it than with the two interleaved (measured: -0.2 KB gzip; the pack is data, so the order
// its modules are evaluated in changes nothing).
import '../core/copy/packs/en.js';
export { prepareOffer } from '../core/prepare-offer.js';
export { loadOfferNeeds, offerReady, type OfferNeeds } from './offer-assets.js';
