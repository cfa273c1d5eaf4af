/**
 * The element's events, typed and added to HTMLElementEventMap and GlobalEventHandlersEventMap so
 * `el.addEventListener('offer-choice', e => e.detail…)` and `document.addEventListener(...)` are typed for
 * hosts. All bubble and are composed (they cross shadow roots); `detail` is plain copied data.
 */
import type { Constraint } from '../core/offer-schema.js';
import type { Finding } from '../core/finding.js';
import type { Receipt } from '../core/receipt.js';
import type { Stage } from '../core/sequence.js';
import type { FairOffer } from './fair-offer.js';

export interface OfferViewDetail {
  offerId: string;
  stage: Stage;
  /** Experiment arm name, or null outside experiments. */
  variant: string | null;
}

export interface OfferDeclineDetail {
  offerId: string;
  /** The constraint the visitor named, or null (not asked, skipped, or stopped at the question). */
  constraint: Constraint | null;
  variant: string | null;
}

export interface OfferChoiceDetail {
  offerId: string;
  choice: 'full' | 'retreat' | 'stop';
  /** Ids of the add-ons the visitor ticked (opt-in; empty for a stop). */
  addOns: string[];
  variant: string | null;
  /** Proof of what was shown: both options' disclosed words, their SHA-256, times, locale, version. */
  receipt: Receipt;
  /** On a stop after a recorded choice: the choice it withdraws (never silent). */
  withdraws?: EarlierChoice;
  /** On a choice made after "Change my choice": the earlier choice it replaces. */
  replaces?: EarlierChoice;
}

/** An earlier `offer-choice`: which option, and the digest of its receipt (null if hashing it failed). */
export interface EarlierChoice {
  choice: 'full' | 'retreat';
  digest: string | null;
}

export type FeedbackAnswer = 'yes' | 'partly' | 'no';

/** The answer to the optional comprehension check after a choice ("Were the differences … clear?"). */
export interface OfferFeedbackDetail {
  offerId: string;
  answer: FeedbackAnswer;
  /** The choice the question followed. */
  choice: 'full' | 'retreat';
  variant: string | null;
}

/** "Save this summary": the one-page plan as downloaded, for hosts that also email it. */
export interface OfferRecapDetail {
  offerId: string;
  choice: 'full' | 'retreat';
  plan: { html: string; text: string };
  variant: string | null;
}

export interface OfferInvalidDetail {
  offerId: string | null;
  findings: Finding[];
}

export interface FairOfferEventMap {
  'offer-view': CustomEvent<OfferViewDetail>;
  'offer-decline': CustomEvent<OfferDeclineDetail>;
  'offer-choice': CustomEvent<OfferChoiceDetail>;
  'offer-feedback': CustomEvent<OfferFeedbackDetail>;
  'offer-recap': CustomEvent<OfferRecapDetail>;
  'offer-invalid': CustomEvent<OfferInvalidDetail>;
}

/** Builds one of our events: bubbling, composed, with a structured copy of `detail` (never live internals). */
export function offerEvent<K extends keyof FairOfferEventMap>(
  type: K,
  detail: FairOfferEventMap[K]['detail'],
): FairOfferEventMap[K] {
  return new CustomEvent(type, {
    bubbles: true,
    composed: true,
    // A host cancels `offer-choice` to stop the widget following the chosen option's href (it redirects itself).
    cancelable: type === 'offer-choice',
    detail: structuredClone(detail),
  }) as FairOfferEventMap[K];
}

// The events bubble and are composed, so hosts listen on document and window as well as on the element:
// Document's and Window's event maps extend GlobalEventHandlersEventMap, the element's HTMLElementEventMap.
declare global {
  interface HTMLElementTagNameMap {
    'fair-offer': FairOffer;
  }
  interface HTMLElementEventMap extends FairOfferEventMap {}
  interface GlobalEventHandlersEventMap extends FairOfferEventMap {}
}
