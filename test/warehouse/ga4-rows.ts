/**
 * GA4-shaped export rows from a log, as a site would produce them: each widget event through the real ga4Adapter
 * (its dataLayer pushes become events with parameters), each outcome as a Measurement Protocol `offer_outcome`,
 * with microsecond timestamps, batch ordering and, for some promotion events, the fields on the first item instead.
 * The tag forwards what the adapter pushes beside `ecommerce` (the choice's `receipt_digest`) as event parameters.
 */
import { ga4Adapter } from '../../src/core/adapters/ga4.js';
import type { EventRecord } from '../../src/core/analyze.js';
import type { Ga4Param, Ga4Row } from '../../src/warehouse/ga4.js';

const param = (key: string, value: unknown): Ga4Param => ({
  key,
  value: {
    string_value: typeof value === 'string' ? value : null,
    int_value: typeof value === 'number' && Number.isInteger(value) ? value : null,
    float_value: null,
    double_value: typeof value === 'number' && !Number.isInteger(value) ? value : null,
  },
});

export function ga4RowsFromRecords(records: EventRecord[], random: () => number): Ga4Row[] {
  const rows: Ga4Row[] = [];
  let pushes: Array<Record<string, unknown>> = [];
  const adapter = ga4Adapter({
    push: (...items: object[]) => pushes.push(...(items as Array<Record<string, unknown>>)),
  });
  records.forEach((record, index) => {
    const parsed = Date.parse(record.time ?? '');
    const ms = Number.isFinite(parsed) ? parsed : Date.UTC(2026, 0, 1) + index * 1000;
    const base = {
      event_date: new Date(ms).toISOString().slice(0, 10).replace(/-/g, ''),
      // Microseconds within the millisecond: the analysis reads whole milliseconds.
      event_timestamp: ms * 1000 + Math.floor(random() * 1000),
      user_pseudo_id: record.visitorId ?? null,
      batch_ordering_id: 1,
      batch_event_index: index,
      items: [],
    };
    if (record.type === 'offer-outcome') {
      const d = record.detail;
      const at = Date.parse(String(d['at']));
      rows.push({
        ...base,
        event_timestamp: Number.isFinite(at) ? at * 1000 + Math.floor(random() * 1000) : base.event_timestamp,
        event_name: 'offer_outcome',
        event_params: [
          param('offer_id', d['offerId']),
          param('outcome', d['outcome']),
          ...(d['digest'] ? [param('digest', d['digest'])] : []),
        ],
      });
      return;
    }
    const detail = { ...record.detail };
    // Option ids as the element sends them, so select_promotion names the chosen option.
    if (record.type === 'offer-choice' && detail['choice'] !== 'stop')
      detail['optionId'] = detail['choice'] === 'full' ? 'pilot-6w' : 'proof-2w';
    pushes = [];
    void adapter.handle({ type: record.type, detail });
    for (const push of pushes.filter((p) => typeof p['event'] === 'string')) {
      const { ecommerce, ...beside } = push;
      const fields = { ...beside, ...((ecommerce as Record<string, unknown> | null | undefined) ?? {}) };
      const params = Object.entries(fields)
        .filter(([key, value]) => key !== 'event' && value !== null && value !== undefined)
        .map(([key, value]) => param(key, value));
      const onItem = push['ecommerce'] !== undefined && random() < 0.1;
      rows.push({
        ...base,
        event_name: String(push['event']),
        event_params: onItem
          ? params.filter((p) => !['promotion_id', 'promotion_name', 'creative_slot'].includes(p.key))
          : params,
        items: onItem
          ? [
              {
                promotion_id: String(fields['promotion_id'] ?? ''),
                promotion_name: String(fields['promotion_name'] ?? ''),
                creative_slot: String(fields['creative_slot'] ?? ''),
              },
            ]
          : [],
      });
    }
  });
  // Other events of the site: never ours, never counted.
  rows.push({ ...rows[0]!, event_name: 'page_view', event_params: [param('page_location', 'https://example.com/')] });
  return rows;
}
