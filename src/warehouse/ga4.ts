/**
 * The GA4 export as fair-offer reads it: what each exported row means as a log record. This is the specification
 * sql/bigquery/analysis.sql implements; the test runs both over the same rows and compares the analyses.
 *
 * - view_promotion → offer-view; select_promotion → offer-choice, "full" when promotion_name is one of the full
 *   option ids, else "retreat" (no promotion_name: an invalid choice); offer_stop → the stop choice;
 *   offer_decline, offer_feedback → offer-decline, offer-feedback; offer_outcome → offer-outcome.
 * - offer id: promotion_id (or the first item's), else the offer_id parameter; arm: creative_slot ("default" =
 *   none), else the arm parameter; visitor: user_pseudo_id; time: event_timestamp in whole milliseconds.
 * - Empty strings count as absent (GA4 keeps them, the analysis does not).
 */
import type { EventRecord } from '../core/analyze.js';

export interface Ga4Param {
  key: string;
  value: {
    string_value: string | null;
    int_value: number | null;
    float_value: number | null;
    double_value: number | null;
  };
}

export interface Ga4Item {
  promotion_id: string | null;
  promotion_name: string | null;
  creative_slot: string | null;
}

/** The columns of a GA4 export row that the analysis reads. */
export interface Ga4Row {
  event_date: string;
  event_timestamp: number;
  event_name: string;
  event_params: Ga4Param[];
  user_pseudo_id: string | null;
  batch_ordering_id: number | null;
  batch_event_index: number | null;
  items: Ga4Item[];
}

export const GA4_EVENT_NAMES = [
  'view_promotion',
  'select_promotion',
  'offer_stop',
  'offer_decline',
  'offer_feedback',
  'offer_outcome',
] as const;

const present = (text: string | null | undefined) => (text ? text : undefined);

export function ga4Param(row: Ga4Row, key: string): string | undefined {
  return present(row.event_params.find((p) => p.key === key)?.value.string_value);
}

/** The log records the analysis sees in GA4 rows (rows of other events are not ours and are left out). */
export function ga4RowsToRecords(rows: Ga4Row[], fullOptionIds: readonly string[]): EventRecord[] {
  const ordered = rows
    .filter((row) => (GA4_EVENT_NAMES as readonly string[]).includes(row.event_name))
    .map((row, index) => ({ row, index }))
    .sort(
      (x, y) =>
        x.row.event_timestamp - y.row.event_timestamp ||
        (x.row.batch_ordering_id ?? 0) - (y.row.batch_ordering_id ?? 0) ||
        (x.row.batch_event_index ?? 0) - (y.row.batch_event_index ?? 0) ||
        x.index - y.index,
    );
  return ordered.map(({ row }) => {
    const promotion = row.event_name === 'view_promotion' || row.event_name === 'select_promotion';
    const item = (key: keyof Ga4Item) => present(row.items[0]?.[key]);
    const offerId = promotion ? (ga4Param(row, 'promotion_id') ?? item('promotion_id')) : ga4Param(row, 'offer_id');
    const slot = promotion ? (ga4Param(row, 'creative_slot') ?? item('creative_slot')) : ga4Param(row, 'arm');
    const variant = slot === 'default' && promotion ? undefined : slot;
    const time = new Date(Math.floor(row.event_timestamp / 1000)).toISOString();
    const record = (type: string, detail: Record<string, unknown>): EventRecord => ({
      type,
      detail: { offerId, variant, ...detail },
      ...(row.user_pseudo_id ? { visitorId: row.user_pseudo_id } : {}),
      time,
    });
    switch (row.event_name) {
      case 'view_promotion':
        return record('offer-view', {});
      case 'select_promotion': {
        const option = ga4Param(row, 'promotion_name') ?? item('promotion_name');
        const digest = ga4Param(row, 'receipt_digest');
        return record('offer-choice', {
          choice: option === undefined ? '(no promotion_name)' : fullOptionIds.includes(option) ? 'full' : 'retreat',
          ...(digest ? { receipt: { digest } } : {}),
        });
      }
      case 'offer_stop':
        return record('offer-choice', { choice: 'stop' });
      case 'offer_decline':
        return record('offer-decline', {});
      case 'offer_feedback':
        return record('offer-feedback', { answer: ga4Param(row, 'feedback') });
      default: {
        const digest = ga4Param(row, 'digest');
        return record('offer-outcome', { outcome: ga4Param(row, 'outcome'), at: time, ...(digest ? { digest } : {}) });
      }
    }
  });
}
