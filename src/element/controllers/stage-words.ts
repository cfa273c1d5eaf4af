/** The words a stage is made of, as pure functions: both options as disclosed, and the live announcement. */
import { discloseOption } from '../../core/disclosure.js';
import type { Constraint, Offer } from '../../core/offer-schema.js';
import { retreatOption, type SequenceState } from '../../core/sequence.js';
import { fill, type Strings } from '../../core/strings.js';
import type { Disclosed } from '../templates/stages.js';

/** Both options as displayed words, with the retreat the visitor's constraint selects (null: the default one). */
export function discloseBoth(offer: Offer, constraint: Constraint | null, locale: string, strings: Strings): Disclosed {
  const retreatSource = retreatOption(offer, constraint);
  const retreatId =
    constraint && constraint !== 'other' && offer.retreatFor?.[constraint] ? `retreat-${constraint}` : 'retreat';
  return {
    full: discloseOption(offer.full, 'full', locale, strings),
    retreat: discloseOption(retreatSource, retreatId, locale, strings),
    retreatSource,
  };
}

/** What the live region says when the visitor reaches `state`. */
export function announcementFor(state: SequenceState, disclosed: Disclosed, strings: Strings): string {
  switch (state.stage) {
    case 'full':
      return fill(strings.announceFull, { title: disclosed.full.title });
    case 'constraint':
      return strings.announceConstraint;
    case 'retreat':
      return fill(strings.announceRetreat, { title: disclosed.retreat.title });
    case 'chosen':
      return fill(strings.announceChosen, {
        title: (state.choice === 'retreat' ? disclosed.retreat : disclosed.full).title,
      });
    case 'stopped':
      return strings.announceStopped;
  }
}
