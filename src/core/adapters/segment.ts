/**
 * Segment-style `analytics.track` (Segment, RudderStack, Jitsu, PostHog's compatible API).
 *
 *   connectAdapters(el, [segmentAdapter(window.analytics)]);
 */
import { chosenOptionId, type Adapter, type OfferEventRecord } from './types.js';

export interface TrackLike {
  track(event: string, properties?: Record<string, unknown>): unknown;
}

export function segmentAdapter(analytics: TrackLike): Adapter {
  return {
    name: 'segment',
    handle({ type, detail }: OfferEventRecord) {
      const base = { offer_id: detail.offerId ?? null, arm: detail.variant ?? null };
      if (type === 'offer-view') analytics.track('Offer Viewed', { ...base, stage: detail.stage });
      // Declining the full option and stopping are both "declined"; `step` tells them apart.
      else if (type === 'offer-decline')
        analytics.track('Offer Declined', { ...base, step: 'full', constraint: detail.constraint ?? null });
      else if (type === 'offer-choice' && detail.choice === 'stop')
        analytics.track('Offer Declined', { ...base, step: 'stop' });
      else if (type === 'offer-choice') {
        analytics.track('Offer Chosen', {
          ...base,
          choice: detail.choice,
          option_id: chosenOptionId(detail),
          add_ons: detail.addOns ?? [],
          receipt_digest: detail.receipt?.digest ?? null,
        });
      } else if (type === 'offer-feedback') analytics.track('Offer Feedback', { ...base, feedback: detail.answer });
    },
  };
}
