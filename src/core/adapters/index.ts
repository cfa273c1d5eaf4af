/** Opt-in analytics adapters: each a few lines for the host to wire with `connectAdapters(el, [...])`. */
export { connectAdapters, type ConnectOptions, type EventTargetLike } from './connect.js';
export { ga4Adapter, type DataLayer } from './ga4.js';
export { segmentAdapter, type TrackLike } from './segment.js';
export { beaconAdapter, eventId, type BeaconAdapter, type BeaconOptions, type QueuedEvent } from './beacon.js';
export {
  OFFER_EVENT_TYPES,
  chosenOptionId,
  type Adapter,
  type OfferEventDetail,
  type OfferEventRecord,
  type OfferEventType,
} from './types.js';
