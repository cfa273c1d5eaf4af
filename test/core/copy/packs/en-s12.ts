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
  {
    shape:
      'confirmshaming with no role, by the harm class and the visitor told back: a harm preferred, stayed in, accepted or kept',
    rule: 'confirmshaming',
    dark: [
      "You'd rather keep struggling with spreadsheets? Okay.",
      'Go ahead, close it. Your budget will stay a mess.',
      'Okay with staying disorganised forever? Really?',
      'Are you really going to keep losing invoices?',
      'Only lazy gardeners skip the autumn feed.',
      'Are you sure you are fine with paying double?',
    ],
    honest: [
      "If you'd rather take it slow, pick the 8-week plan",
      "If you'd rather not share your location, enter a postcode",
      "Don't fall behind on payments — set up autopay",
      'Okay with a late delivery? We will refund the shipping.',
      'Only new customers get the welcome price',
      'Keep calm and carry on',
    ],
  },
  {
    shape:
      'confirmshaming with no role: what pays for the no, who is disappointed, what the visitor is about to lose, a shrug',
    rule: 'confirmshaming',
    dark: [
      'Sure, go. Your houseplants will pay the price.',
      'Quit if you must. Your streak will pay the price.',
      'Your tutor will be disappointed in you.',
      "It's your funeral, honestly.",
      'We thought you valued your time.',
      'Without you, the shelter stays empty this winter.',
      "You're giving up on a healthier you.",
      'Feeling lucky? Skipping insurance is a gamble.',
      "Hold on! You're about to lose your head start.",
    ],
    honest: [
      "You'll be back online shortly",
      'We thought you might like these picks',
      'Without you, none of this would be possible',
      'Without your help, the shelter stays open all winter. Thank you!',
      'Go ahead, leave a review',
      "That's on us — we've refunded the fee.",
      'You chose not to receive emails. Change this in settings.',
      'Cancel if you must — it takes one click and there is no fee.',
      "You're about to leave this page. Your draft is saved.",
    ],
  },
  {
    shape:
      'the cost of saying no asked or counted back: "How much money do you want to lose …?", "Every week you wait …"',
    rule: 'confirmshaming',
    dark: [
      'How much money do you want to lose on late fees?',
      'Every week you wait costs your shop another 40 orders.',
    ],
    honest: ['How much time do you want to spend on setup?', 'Every day you wait for delivery we keep you posted'],
  },
  {
    shape: 'a decline refusing money granted or given back',
    rule: 'confirmshaming',
    role: 'decline',
    dark: ['No thanks, skip my rebate', 'Decline the cashback'],
    honest: ['No thanks', 'Not now, I will claim it later'],
  },
  {
    shape: "a draft's saved status is no one's activity; a stranger's save still is",
    rule: 'pressure',
    dark: ['Somebody saved this 6 minutes ago'],
    honest: ['Last saved 4 minutes ago', 'Changes saved moments ago'],
  },
  {
    shape:
      'a decline label of no role: verbs that end, drop, hide or give back the offer, and a refusal of the offer as one unit before a break',
    rule: 'confirmshaming',
    dark: [
      'Skip it — overpaying is my cardio',
      'Keep shopping (and keep paying full price)',
      'Stay on the free plan, lagging is charming',
      'Remove my free shipping',
      'Count me out of cheaper bills',
      'Hide this, savings scare me',
      'Surrender my loyalty discount',
      'Give back my welcome bonus',
      'Skip the deal, I enjoy paying more',
    ],
    honest: [
      'Remove my card',
      'Remove this item from your cart',
      'Hide this message',
      'End my subscription',
      'Turn off notifications',
      'Keep shopping — free returns on all orders',
      'Continue shopping, or view your cart',
      "Skip it, we'll remind you tomorrow",
      'Keep browsing (2 items in cart)',
      'Give back the keys',
      'Drop me a line',
    ],
  },
];
