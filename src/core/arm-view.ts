/**
 * The offer as one experiment arm shows it, and the plain sequence an offer without an experiment shows. Kept
 * apart from experiment.ts (assignment, visitor ids, SHA-256) so an offer without an experiment needs none of it.
 */
import type { Arm, ArmKind, Offer } from './offer-schema.js';
import type { StorageLike } from './storage.js';

/** The offer as one arm shows it. */
export interface ArmView {
  /** The arm name for events (`variant` in event details), or null outside experiments. */
  arm: string | null;
  kind: ArmKind;
  /** Which options this arm offers, in order: rtr → full then retreat; small-only → retreat; full-only → full. */
  shows: Array<'full' | 'retreat'>;
  /**
   * The offer with `retreat` set to the one retreat this arm shows. When the arm names a variant, that
   * variant replaces the retreat and `retreatFor` (each visitor sees exactly one retreat). Everything
   * else (terms, stop path, add-ons, copy) is the same object content as the input.
   */
  offer: Offer;
}

/** Outside experiments (and before a visitor is known): the full option, then the retreat. */
export const plainView = (offer: Offer): ArmView => ({ arm: null, kind: 'rtr', shows: ['full', 'retreat'], offer });

/** What prepareOffer needs of experiment.ts, registered with the experiment check group. */
export interface ArmCode {
  applyArm(offer: Offer, arm: Arm | null): ArmView;
  armFor(offer: Offer, visitorId: string): ArmView;
  getVisitorId(storage: StorageLike | null): { id: string };
}
