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

/**
 * discloseBoth with its last answer kept: a render asks for the words several times (the stage, the legal parts,
 * the announcement), and they are a pure function of the four inputs (the offer and strings are replaced, never
 * mutated, when they change), so they are made again only when one of them is another.
 */
export function lastDisclosure(): typeof discloseBoth {
  let last: { inputs: Parameters<typeof discloseBoth>; words: Disclosed } | null = null;
  return (...inputs) => {
    if (last && inputs.every((input, i) => input === last!.inputs[i])) return last.words;
    last = { inputs, words: discloseBoth(...inputs) };
    return last.words;
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
