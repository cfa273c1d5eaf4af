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
  ],
  joins: ['and', 'then', 'and then'],
  self: ['i', 'im', 'ill', 'id', 'ive', 'me', 'my', 'mine', 'myself'],
  addressee: ['you', 'your', 'yours', 'youre', 'youll', 'youve', 'youd', 'yourself'],
  answers: ['no'],
};
