/**
 * English probes of session 12, written for these tests (not taken from any batch or data set, and never pasted
 * into the pack): per family, dark copy and honest near-neighbours that share its words (en-s12.test.ts runs them).
 */
import type { ShapeProbe } from './copy-en-shapes.js';

export const EN_S12: readonly ShapeProbe[] = [
  {
    shape: 'a decline\'s "I\'d like to …" is a wish about what comes next, not a taste; "I like …" still is',
    rule: 'confirmshaming',
    role: 'decline',
    dark: [
      'No, I like paying full price',
      'Nah, I really like ads',
      'No thanks, I actually like my slow laptop',
      'No thanks, I would like to keep paying more',
      "Skip, I'd like to keep my acne",
      'No thanks, sounds like work',
    ],
    honest: [
      "Not now, I'd like to see my options",
      "No thanks, I'd like to keep my plan",
      'Not now — I would like to talk to my partner first',
      "Maybe later, I'd like to read the reviews",
      "I'd like to stay on monthly billing",
      "Not now, I'd love to but it's not in the budget",
    ],
  },
  {
    shape: "a decline giving the visitor's own time or pace as the reason is no urgency",
    rule: 'false-urgency',
    role: 'decline',
    dark: ['No thanks — hurry, this ends tonight'],
    honest: [
      "Standard delivery is fine, I'm not in a hurry",
      "No thanks, I'm not in any hurry",
      'Not now — my subscription still has 3 weeks left',
      'Later, my contract runs until May',
    ],
  },
];
