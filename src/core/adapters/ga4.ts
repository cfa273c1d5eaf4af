/**
 * GA4 via gtag's `dataLayer`, using the ecommerce promotion events: a shown option is a `view_promotion`,
 * a chosen option a `select_promotion`. A stop is not a selection: it is its own `offer_stop` event.
 * promotion_id = offer id, promotion_name = option id, creative_slot = experiment arm ("default" outside one).
 * A choice (select_promotion, offer_stop) carries `receipt_digest` beside its fields: GA4 keeps no receipt, and the
 * outcomes your server sends later are joined to the choice by that digest (sql/bigquery/analysis.sql).
 *
 *   connectAdapters(el, [ga4Adapter((window.dataLayer ??= []))]);
 */
import { chosenOptionId, type Adapter, type OfferEventRecord } from './types.js';

export interface DataLayer {
  push(...items: object[]): unknown;
}

const OPTION_STAGES = new Set(['full', 'retreat']);

export function ga4Adapter(dataLayer: DataLayer): Adapter {
  // GA4 merges consecutive ecommerce objects; clearing first keeps one event's fields out of the next.
  const ecommerce = (event: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    dataLayer.push({ ecommerce: null }, { event, ecommerce: fields, ...extra });
  return {
    name: 'ga4',
    handle({ type, detail }: OfferEventRecord) {
      const base = { promotion_id: detail.offerId ?? undefined, creative_slot: detail.variant ?? 'default' };
      if (type === 'offer-view' && detail.stage && OPTION_STAGES.has(detail.stage)) {
        ecommerce('view_promotion', {
          ...base,
          promotion_name: typeof detail['optionId'] === 'string' ? detail['optionId'] : detail.stage,
        });
      } else if (type === 'offer-choice' && (detail.choice === 'full' || detail.choice === 'retreat')) {
        ecommerce(
          'select_promotion',
          { ...base, promotion_name: chosenOptionId(detail) ?? detail.choice },
          { receipt_digest: detail.receipt?.digest ?? null },
        );
      } else if (type === 'offer-choice' && detail.choice === 'stop') {
        dataLayer.push({
          event: 'offer_stop',
          offer_id: detail.offerId,
          arm: detail.variant ?? null,
          receipt_digest: detail.receipt?.digest ?? null,
        });
      } else if (type === 'offer-decline') {
        dataLayer.push({
          event: 'offer_decline',
          offer_id: detail.offerId,
          arm: detail.variant ?? null,
          constraint: detail.constraint ?? null,
        });
      } else if (type === 'offer-feedback') {
        dataLayer.push({
          event: 'offer_feedback',
          offer_id: detail.offerId,
          arm: detail.variant ?? null,
          feedback: detail.answer,
        });
      }
    },
  };
}
