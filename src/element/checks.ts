/**
 * The checks chunk: validateOffer with its guardrails, the valibot schema, the copy engine and the English copy
 * pack, what loads an offer's other needs before it is validated (offer-assets.ts), and what the element does with
 * a verdict once it has one (keep-verdict.ts). The element imports it on demand (checks-loader.ts): before the
 * first paint of an offer without a matching lint digest (or remembered verdict), right after the first paint of
 * one with it. Node never needs this split (fair-offer/core registers everything).
 */
// First, in this order, so the chunk holds the English pack's words in one stretch, then the copy engine's code in
// one stretch, then the guardrails and the schema: gzip finds more repeats than with the three interleaved
// (measured: -0.42 KB gzip). Evaluation order changes nothing: the pack is data, and the engine's only top-level
// statement registers that pack.
import '../core/copy/packs/en.js';
import '../core/copy/check-copy.js';
export { prepareOffer } from '../core/prepare-offer.js';
export { loadOfferNeeds, offerReady, type OfferNeeds } from './offer-assets.js';
export { keepVerdict, mismatchMessage } from './keep-verdict.js';
