/**
 * Package entry `fair-offer`: the element class and its types, with no side effects (nothing is registered).
 * Register with `import 'fair-offer/define'` or `FairOffer.define('my-offer')`.
 */
export { FairOffer } from './element/fair-offer.js';
export { ELEMENT_STRINGS, type FairOfferStrings } from './element/deprecated.js';
export type {
  FairOfferEventMap,
  OfferViewDetail,
  OfferDeclineDetail,
  OfferChoiceDetail,
  OfferFeedbackDetail,
  OfferRecapDetail,
  FeedbackAnswer,
  OfferInvalidDetail,
} from './element/events.js';
export type { Offer, OfferOption, Terms, Price, AddOn, Constraint, TermKey } from './core/offer-schema.js';
export type { Finding } from './core/finding.js';
export type { Strings } from './core/strings.js';
export type { Receipt } from './core/receipt.js';
export type { Stage, SequenceState, Mode } from './core/sequence.js';
