/**
 * English decline labels written for the tests of the decline grammar (en.test.ts): not taken from the
 * development set or the blind batch, and never pasted into the pack.
 */

/** Neutral refusals, many with the visitor's own reason or alternative: they must pass as decline labels. */
export const HONEST_DECLINES = [
  'No thanks',
  'Not now',
  'Maybe later',
  'Skip',
  'Cancel my subscription',
  'Keep my current plan',
  "I'll decide later",
  "No thanks, I'll pay monthly",
  'Not now — I need to check with my team',
  "I can't give right now",
  'Continue without the add-on',
  'No, one region is enough for now',
  'No thanks, I already have a backup service',
  "Not today, I'm just looking",
  'Skip this step',
  'No thanks, take me to my account',
  "I'd rather pay yearly",
  'Stay on the free plan',
  'No, thank you',
  'Remind me next week',
];

/** Shaming decline labels: the words after the refusal say something about the visitor. */
export const SHAMING_DECLINES = [
  'No thanks, I dislike bargains',
  'Nope, cheap flights are not for me',
  'I give up my loyalty points',
  'FORFEIT MY REWARD',
  "No thanks, I'll keep overpaying for ink",
  "I'd rather eat instant noodles forever",
  "I'll settle for a slower laptop",
  'No thanks, my garden looks perfect as it is',
  'Skip the savings',
  'Leave the perks behind',
  "Not now (everyone else won't wait)",
  'Maybe later — smart people say yes',
  'No thanks, I enjoy being late',
];

/** Copy of no particular role that opens with a plain refusal, then shames: read as a decline label. */
export const SHAMING_OPENED = [
  'No thanks, I like paying for shipping',
  'Not now, I prefer guessing',
  // one word of refusal, then the visitor in the first person
  'Nah, I like cold coffee',
  'No, I enjoy being the last to know',
  'Nope, I love guessing my size',
  // nothing but giving up something of value
  'Forfeit my perks',
  'Skip the free gift',
];

/** Copy of no particular role that opens with one word of refusal or a refusing verb, and stays neutral. */
export const NEUTRAL_OPENED = [
  'No, I need to check with my team',
  "No, I don't have an account yet",
  "Nah, I'm good",
  "No, I'll do it later",
  'No, we do not share your data',
  'Skip the line',
  'Skip this step',
  'Skip delivery this week',
];
