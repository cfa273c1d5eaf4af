/**
 * English false urgency by family, session 10: probes written for these tests (not from any batch or data set),
 * each family's dark copy and honest near-neighbours that share its words (urgency-s10.test.ts runs them).
 */
import type { ShapeProbe } from './copy-en-shapes.js';

export const EN_URGENCY_S10: readonly ShapeProbe[] = [
  {
    shape: 'a sale\'s last hours counted: "Summer sale — final 48 hours", "Spring Event: last 6 hours"',
    rule: 'false-urgency',
    dark: [
      'Summer sale — final 48 hours',
      'Spring Event: last 6 hours',
      'Final 24 hours!',
      'Clearance — final 3 days',
      'Weekend deal: last 5 hours to shop',
    ],
    honest: [
      'Orders in the last 24 hours: 18',
      'Sales — last 7 days',
      'Uptime over the last 48 hours: 99.9%',
      'The final 2 days of the conference are workshops only',
      'Last 24 hours',
      'Events: last 24 hours',
    ],
  },
  {
    shape: 'a price told by what it costs later: "Tomorrow this costs $20 more"',
    rule: 'false-urgency',
    dark: [
      'Tomorrow this plan costs $20 more',
      'After tonight it will cost £15 more',
      'From Monday the bundle costs double',
      'This will cost more tomorrow',
      'Prices rise Friday',
      'Last chance — prices go back up Monday',
      'Book now, fares go up tomorrow',
      'Prices jump again in 20 minutes',
    ],
    honest: [
      'Express delivery costs $5 more',
      'Larger sizes cost a little more',
      "Tomorrow's forecast: more sun",
      'Prices go up on Monday 1 January due to higher supplier costs',
      'On Sunday, parking costs more because of the market',
    ],
  },
  {
    shape: 'a deadline with a penalty of price: "Register by Friday or pay double"',
    rule: 'false-urgency',
    dark: [
      'Register by Friday or pay double',
      'Book by midnight or pay full price',
      'Sign up today or pay more later',
      'Join before Sunday, otherwise you pay the full fee',
    ],
    honest: [
      'Pay by card or pay by bank transfer',
      'File your return by 31 January or pay a £100 penalty',
      'Pick a smaller plan or pay more for extra seats',
      'Pay a deposit today or pay in full at the desk',
    ],
  },
  {
    shape: 'gone after today: "After today, this kit is gone for good"',
    rule: 'false-urgency',
    dark: ['After today, this kit is gone for good', 'After tonight the price is history', 'Gone for good at midnight'],
    honest: [
      'The old editor is gone for good — say hello to the new one',
      'After today, support hours return to normal',
      "After today your trial is over and you'll be billed $9/month",
    ],
  },
  {
    shape: 'a price\'s own timer: "The deal timer is running: 04:51"',
    rule: 'false-urgency',
    dark: ['The deal timer is running: 04:51', 'Discount clock started', 'The price countdown is live'],
    honest: ['Your timer is running: 00:24:13', 'Workout timer is running', 'Timer started'],
  },
  {
    shape: 'today\'s price only: "Today\'s price only — order now"',
    rule: 'false-urgency',
    dark: ["Today's price only — order now", "Tonight's rate only", "This week's deal only"],
    honest: ["Today's price: $4.20 per litre", "Only today's orders are shown", "Today's special: tomato soup"],
  },
  {
    shape: 'a sale\'s doors closing: "VIP early access ends tonight", "Cart closes in 2 hours"',
    rule: 'false-urgency',
    dark: [
      "Members' sale: access closes in 30 minutes",
      'VIP early access ends tonight',
      'Early access closes at midnight',
      'Cart closes in 2 hours — enrol now',
    ],
    honest: [
      'Your access ends when your subscription renews',
      'Early access to the beta ends on 3 March, when the public launch opens',
      'Your cart is empty',
    ],
  },
  {
    shape: 'a hold of minutes said as its end or its keeping: "Your seats will be released in 10 minutes"',
    rule: 'false-urgency',
    dark: [
      'Your seats will be released in 10 minutes',
      "We're holding your room for 15 minutes",
      "We'll save your basket for another 20 minutes",
    ],
    honest: [
      'Unpaid bookings are cancelled in 48 hours',
      'Tables are held for 15 minutes past your booking time',
      'Hold the button for 5 seconds to reset',
      'Your cart is saved for 30 days',
    ],
  },
  {
    shape: 'the offer not staying or coming back: "This price won\'t stick around", "Only until Sunday"',
    rule: 'false-urgency',
    dark: [
      "This price won't stick around",
      'We will never offer this price again',
      'Only until Sunday',
      'This deal could end at any time',
    ],
    honest: [
      "We won't ask you again",
      "Don't show this message again",
      'Returns accepted only until Friday',
      'Prices may change at any time',
    ],
  },
  {
    shape:
      'honest times that share urgency words: closing times, sign-in codes, rates that are terms, holiday cut-offs',
    rule: 'false-urgency',
    dark: ['Offer expires in 02:14:59', 'Ends tonight', 'Your price is locked for 24 hours'],
    honest: [
      'Kitchen closes at 10pm, last orders 9:45pm',
      'The museum closes at 6 today',
      'Enter the 6-digit code we sent you. It expires in 10 minutes.',
      'Your one-time passcode expires in 5 minutes',
      'Exchange rate locked for 24 hours',
      'Interest rate locked for 60 days',
      'Last day to order for Christmas delivery: 20 December',
    ],
  },
];
