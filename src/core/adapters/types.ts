/**
 * What adapters receive: the element's events as plain records `{ type, detail }`, DOM-free so the same
 * adapters run on recorded logs in Node. Shapes mirror src/element/events.ts (checked structurally there).
 */
import type { Receipt } from '../receipt.js';

export const OFFER_EVENT_TYPES = [
  'offer-view',
  'offer-decline',
  'offer-choice',
  'offer-feedback',
  'offer-invalid',
] as const;
export type OfferEventType = (typeof OFFER_EVENT_TYPES)[number];

export interface OfferEventDetail {
  offerId?: string | null;
  /** Experiment arm name, or null outside experiments. */
  variant?: string | null;
  stage?: string;
  constraint?: string | null;
  choice?: 'full' | 'retreat' | 'stop';
  addOns?: string[];
  receipt?: Receipt;
  answer?: string;
  /** Optional stable id; the beacon adapter de-duplicates on it. */
  eventId?: string;
  [key: string]: unknown;
}

export interface OfferEventRecord {
  type: OfferEventType | string;
  detail: OfferEventDetail;
}

/** A host-wired analytics sink. `handle` may throw or reject: connectAdapters contains it. */
export interface Adapter {
  name: string;
  handle(event: OfferEventRecord): void | Promise<void>;
}

/**
 * The id of the option a choice picked, from the receipt: the disclosure lists the options in the order
 * shown (full first), so "full" is the first and "retreat" the last, in every arm.
 */
export function chosenOptionId(detail: OfferEventDetail): string | null {
  if (typeof detail['optionId'] === 'string') return detail['optionId'];
  if (!detail.receipt || (detail.choice !== 'full' && detail.choice !== 'retreat')) return null;
  try {
    const options = (JSON.parse(detail.receipt.disclosure) as { options?: Array<{ id?: unknown }> }).options ?? [];
    const picked = detail.choice === 'full' ? options[0] : options[options.length - 1];
    return typeof picked?.id === 'string' ? picked.id : null;
  } catch {
    return null;
  }
}
