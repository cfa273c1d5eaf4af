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
  {
    shape: "a giveaway's prizes as a stock or a crowd's take, a stranger's win as news",
    rule: 'pressure',
    dark: [
      'Only 2 gifts left today!',
      'Final prize up for grabs',
      '40 rewards claimed today',
      '5 people are winning vouchers right now',
      'Maya just won',
    ],
    honest: [
      'Rewards are given at the end of each month',
      'You just won!',
      'Our bakery just won an award',
      'The Lakers just won',
    ],
  },
  {
    shape: 'time running out on the offer, or the offer lost unless it is taken',
    rule: 'false-urgency',
    dark: ['Your bonus is ticking away', 'Redeem it today or this bonus will be gone'],
    honest: ['Save now or your changes will be lost', 'Download the file, or use the link we emailed you'],
  },
  {
    shape: 'leaving with nothing, said on an exit pop-up after a "Wait!"',
    rule: 'confirmshaming',
    dark: ['Wait! Are you walking away empty-handed?', 'Hold on! Going with nothing?'],
    honest: ['Nothing in your cart yet', 'Leaving? Your cart is saved for 7 days.'],
  },
  {
    shape:
      "honest UI the checks read as dark before: a page's apology, a confirmation's plain consequence, codes and a trial's period",
    rule: 'confirmshaming',
    dark: [],
    honest: [
      'Sorry, we could not complete the requested action because the server did not respond.',
      'Are you sure you want to leave this team? You will lose access to its projects.',
      'This QR code is valid for 10 minutes',
      '2 backup codes remaining',
      'Your workspace trial period will expire in 5 days.',
    ],
  },
  {
    shape: "a lone popularity badge of a product badge module, and an offer's codes counted down",
    rule: 'pressure',
    dark: ['Most Viewed', 'Most Liked', 'Only 4 promo codes left'],
    honest: ['Most viewed products', '3 recovery codes left'],
  },
];
