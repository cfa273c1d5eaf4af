/**
 * The checks chunk: validateOffer with its guardrails, the valibot schema, the copy engine and the English copy
 * pack, and what loads an offer's other needs before it is validated (offer-assets.ts). The element imports it
 * on demand (checks-loader.ts): before the first paint of an offer without a matching lint digest, right after
 * the first paint of one with it. Node never needs this split (fair-offer/core registers everything).
 */
export { prepareOffer } from '../core/prepare-offer.js';
export { loadOfferNeeds, offerReady, type OfferNeeds } from './offer-assets.js';
