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
  {
    shape:
      'the chance that does not come back: "won\'t come again", "don\'t come twice", "you won\'t see this deal again"',
    rule: 'false-urgency',
    dark: [
      'A price like this will not come around again.',
      "Chances like this don't come twice.",
      "You won't get this deal again.",
      'An offer like this comes only once.',
    ],
    honest: [
      "You won't see this tip again.",
      'Your chance to win comes again next month.',
      'Our summer sale comes once a year.',
      "We won't get a chance to reply before Monday.",
    ],
  },
  {
    shape: 'a sale told by its time as a badge: "Sold 8 minutes ago", "Last sold 2 hours ago"',
    rule: 'pressure',
    dark: ['Sold 8 minutes ago', 'Last sold 2 hours ago', 'Just sold: 40 seconds ago'],
    honest: ['Your bike sold 3 hours ago', 'Sold out 2 hours ago', 'Sold by Northwind · shipped 2 days ago'],
  },
  {
    shape: 'demand told as a trend or a rush without a number, and what the shop can only make a day',
    rule: 'pressure',
    dark: [
      'Pre-orders keep climbing',
      'Reservations are still rising this week',
      'Interest has been off the charts',
      "Our regulars can't get enough of these",
      'Max 3 per order — they sell quickly',
      'We only roast 30 bags a day',
      'Only 20 tables taken per day',
    ],
    honest: [
      'Your bookings are climbing: +12% on last week',
      'Interest rates are rising',
      'Prices are rising across the industry',
      "Kids can't get enough sleep in summer",
      'It goes quickly once you start',
      'We deliver twice a day',
      'Orders are rolling in',
    ],
  },
];
