/**
 * When English copy of no role is a decline label all the same (DeclineGrammar `label`, engine decline-label.ts):
 * "Skip, I'm …", "Cancel and lose …", "Leave without my free gift", but not "Skip to content", "Cancel anytime in
 * your account" or "No, the trial is free".
 */
import type { DeclineLabelWords } from '../pack-decline.js';

export const EN_DECLINE_LABEL: DeclineLabelWords = {
  // besides the grammar's heads (skip, cancel, close, leave, …): verbs that refuse or leave
  openers: [
    'ignore',
    'reject',
    'refuse',
    'quit',
    'downgrade',
    'keep',
    'continue',
    'stay',
    'go back to',
    'return to',
    'stick with',
    'stay on',
    // verbs that end, drop or hide the offer (session 12): "Remove my free upgrade", "End my membership and …",
    // "Hide this, …", "Count me out of …", "Opt out of …", "Walk away from 40% off"
    'remove',
    'drop',
    'end',
    'hide',
    'count me out',
    'count me out of',
    'opt out of',
    'walk away from',
    'turn off',
    // a refusal of the offer itself or a going on as before, as one unit, so that a break after it makes a label
    // whoever speaks (session 12): "Skip it — …", "Skip the upgrade, …", "Keep browsing (and …)", "Stay on Free (…)"
    'skip it',
    'skip that',
    'skip the upgrade',
    'skip the offer',
    'skip this offer',
    'skip the deal',
    'keep browsing',
    'keep shopping',
    'continue shopping',
    'continue browsing',
    'stay on free',
    'stay on the free plan',
  ],
  // verbs that give something up: what follows them is never neutral
  renouncing: [
    'forfeit',
    'give up',
    'lose',
    'miss',
    'miss out on',
    'throw away',
    'turn down',
    'pass on',
    'ditch',
    'abandon',
    'forget',
    'waive',
    // giving something back or up to the page (session 12): "Give back my early-bird price", "Surrender my Gold tier"
    'give back',
    'surrender',
    'hand back',
    'sacrifice',
    'let go of',
  ],
  joins: ['and', 'then', 'and then'],
  self: ['i', 'im', 'ill', 'id', 'ive', 'me', 'my', 'mine', 'myself'],
  addressee: ['you', 'your', 'yours', 'youre', 'youll', 'youve', 'youd', 'yourself'],
  answers: ['no'],
};
