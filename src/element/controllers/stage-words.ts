/**
 * The words a stage is made of, as pure functions: both options as disclosed, the options seen so far, and the
 * live announcement.
 */
import { discloseOption, type DisclosedOption } from '../../core/disclosure.js';
import type { Constraint, Offer } from '../../core/offer-schema.js';
import { retreatOption, type SequenceConfig, type SequenceState } from '../../core/sequence.js';
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

/** The options the visitor has seen so far, in order: what the receipt proves. */
export function optionsSeen(disclosed: Disclosed, config: SequenceConfig, declined?: boolean): DisclosedOption[] {
  if (config.kind === 'small-only') return [disclosed.retreat];
  if (config.kind === 'full-only') return [disclosed.full];
  return config.mode === 'side-by-side' || declined ? [disclosed.full, disclosed.retreat] : [disclosed.full];
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
