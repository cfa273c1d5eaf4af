/** A small log of the cases where engines could disagree: each line tests one counting rule of analyze-counts.ts. */
import type { EventRecord } from '../../src/core/analyze.js';

const D = (c: string) => c.repeat(64);
const t = (day: number, extra = '') => `2026-01-${String(day).padStart(2, '0')}T10:00:00${extra}Z`;

export const EDGE_LOG: Array<EventRecord | Record<string, unknown>> = [
  { type: 'offer-view', detail: { offerId: 'b-second', variant: 'rtr' }, visitorId: 'v1', time: t(1) },
  { type: 'offer-view', detail: { offerId: 'a-first' }, visitorId: 'v1' }, // no arm: "(none)"
  { type: 'offer-view', detail: { offerId: 'a-first', variant: '' }, visitorId: 'v2' }, // empty variant: not an arm
  {
    type: 'offer-choice',
    detail: { offerId: 'a-first', choice: 'full', receipt: { arm: 'from-receipt', digest: D('a'), chosenAt: t(2) } },
    visitorId: 'v2',
  },
  { type: 'offer-choice', detail: { offerId: 'a-first', choice: 'maybe' }, visitorId: 'v2' }, // invalid: skipped, final stays
  { type: 'offer-feedback', detail: { offerId: 'a-first', answer: 'yes' }, visitorId: 'v2' },
  { type: 'offer-feedback', detail: { offerId: 'a-first', answer: 7 }, visitorId: 'v2' }, // skipped
  {
    type: 'offer-choice',
    detail: {
      offerId: 'a-first',
      variant: 5,
      arm: 'arm-field',
      choice: 'retreat',
      receipt: { digest: D('b'), chosenAt: '2026-01-03T10:00Z' },
    },
    visitorId: 'v3',
    time: t(3, '.5'),
  },
  {
    type: 'offer-choice',
    detail: { offerId: 'a-first', choice: 'retreat', receipt: { digest: D('c'), chosenAt: t(3) } },
    visitorId: 'v4',
  },
  { type: 'offer-choice', detail: { offerId: 'a-first', choice: 'full' }, visitorId: 'v4' }, // final has no receipt: no digest, no time
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'cancelled', at: t(4), digest: D('c') },
    visitorId: 'v4',
  }, // stale digest
  { type: 'offer-outcome', detail: { offerId: 'a-first', outcome: 'cancelled', at: t(5) }, visitorId: 'v4' }, // matched, no time
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'refunded', at: t(9), digest: D('a') },
    visitorId: 'v2',
  },
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'cancelled', at: t(4), digest: D('a') },
    visitorId: 'v2',
  }, // earliest loss
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'complaint', at: t(4), digest: null },
    visitorId: 'v2',
  }, // null digest: invalid
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'complaint', at: '2026-02-30T10:00:00Z' },
    visitorId: 'v2',
  }, // no such day
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'complaint', at: '2026-01-04T10:00:00' },
    visitorId: 'v2',
  }, // no zone
  { type: 'offer-outcome', detail: { offerId: 'a first', outcome: 'complaint', at: t(4) }, visitorId: 'v2' }, // bad offer id
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'complaint', at: t(4), digest: D('A') },
    visitorId: 'v2',
  }, // upper-case hex
  { type: 'offer-outcome', detail: { offerId: 'a-first', outcome: 'chargeback', at: t(20) }, visitorId: '' }, // empty visitor
  {
    type: 'offer-outcome',
    detail: { offerId: 'a-first', outcome: 'converted', at: '2026-01-06T10:00:00+02:00' },
    visitorId: 'v3',
  },
  { type: 'offer-outcome', detail: { offerId: 'a-first', outcome: 'converted', at: t(6) }, visitorId: 'v1' }, // not accepted
  {
    type: 'offer-outcome',
    detail: { offerId: 'nope', outcome: 'renewed', at: '2026-03-31T23:59:59.999Z' },
    visitorId: 'v1',
  }, // unknown, latest
  { type: 'offer-choice', detail: { offerId: 'a-first', choice: 'stop' }, visitorId: 'v1' },
  { type: 'offer-decline', detail: { offerId: 'b-second', variant: 'rtr', constraint: 'time' }, visitorId: 'v1' },
  { type: 'offer-view', detail: { offerId: 'b-second', variant: 'r\u00e9sum\u00e9 \u2713' }, visitorId: 'v\u00fc' },
  { type: 'offer-view', detail: { offerId: 'b-second' } }, // no visitor: skipped
  { type: 'offer-invalid', detail: { offerId: 'b-second' }, visitorId: 'v9' }, // not skipped
  { type: 'page-view', detail: {}, visitorId: 'v9', time: 'yesterday' }, // unknown type: skipped
  { type: 'offer-view', detail: { offerId: 17 }, visitorId: 'v9' }, // offerId not text: skipped
];
