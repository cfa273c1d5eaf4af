/**
 * false-urgency: urgency words and countdown timers need a declared, real, future deadline.
 * A declared deadline in the past, or one that is not a date, is refused with the urgency copy.
 */
import { findCountdown } from '../../../src/core/copy/countdown.js';
import { compilePack } from '../../../src/core/copy/compiled-pack.js';
import { EN } from '../../../src/core/copy/packs/en.js';
import { tokenize } from '../../../src/core/copy/tokens.js';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { rulesFor } from './helpers.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const FUTURE = { at: '2026-12-31T23:59:00Z', reason: 'Prices change on 1 January' };
const PAST = { at: '2026-05-01T00:00:00Z', reason: 'Spring sale' };

const URGENT = [
  // from the product brief
  'Ends tonight',
  'Last chance!',
  'Only today',
  'Hurry!',
  'Expires in 02:14:33',
  'Limited time offer',
  // time-pressure vocabulary
  'Sale ends at midnight',
  'Ending soon',
  'Expiring soon',
  'This deal expires soon',
  'Sale almost over!',
  'Registration closes tomorrow',
  'Doors close soon',
  'Clearance ends Sunday',
  'Early-bird pricing ends Friday',
  'Coupon expires 3/31',
  'Offer valid until Sunday',
  'Offer good through 5/31',
  'Today only: free shipping',
  'Offer valid for 24 hours only',
  'Limited offer',
  'Lightning deal',
  'Final hours: 30% off',
  'Last day to save',
  'Act now',
  "Don't miss out!",
  'Time is running out',
  'Tick tock!',
  "This price won't last",
  'Going away tomorrow',
  'The discount disappears at midnight',
  'Get it before midnight',
  'Prices go up on Monday',
  'Price goes up in 2 days',
  'Just 2 days left to save',
  'Only 3 hours left',
  'Only a few hours left',
  '10% off for the next 15 minutes',
  'Book in the next 20 minutes to lock this price',
  'Checkout within 10 minutes to guarantee your order',
  'Your items are reserved for 10 minutes',
  'Discount expires once the timer hits zero',
  'Offer ends 31 December 2026: prices change on 1 January',
  '24-hour flash sale',
  'Three-day sale: 20% off',
  'Save 20% now through Monday',
  'Sunday only: free delivery',
  // countdown formats, with and without words
  'Offer expires in 2h 14m',
  'Sale ends in 4d 10h 23m 10s',
  'Deal of the day: 05h 43m 21s left',
  'Countdown: 5d 04h 12m',
  '47 mins 12 secs',
  '2 days 4 hours 10 minutes',
  '0DAYS 04HOURS 12MINUTES 09SECONDS',
  '04 : 12 : 33',
  '00:12:45',
  'Only 05:43:21 left to save',
  'Time left: 00:09:59',
  'Sale ends in 00:47',
  'Only 12:04 remaining',
  'Reserved for 14:59',
  'Your cart is reserved for 10:00 minutes',
  'Hours Minutes Seconds',
  'DAYS / HRS / MINS / SECS',
];

const CALM = [
  // from the product brief, when its deadline is declared (below); here: copy with no urgency at all
  'Stop any time; no further payments are taken.',
  'Every month until you stop',
  'Does not renew.',
  'Nothing to cancel',
  'We delete your data within 7 days.',
  'Weekly report ready by Monday 9:00 without manual steps',
  'The pilot ends after 6 weeks',
  'Your trial ends on 1 March; then €5 a month',
  'Your free trial ends in 14 days',
  'Your subscription expires on 1 May',
  'Membership expires in 2 months',
  'Access ends when you cancel',
  'Cancel any time before your renewal date',
  'Valid for 12 months from purchase',
  'Gift cards never expire',
  'Voucher valid until used',
  'Quote valid for 30 days',
  'Price locked for 12 months',
  'Prices subject to change without notice',
  'No hurry: the offer stays open',
  'Take your time',
  'Takes 1 hour 30 minutes',
  'The session lasts 45 minutes',
  'About 2 hours a week from one analyst',
  'Up to 6 leaders for 90 minutes',
  'Delivery in 2–3 days',
  'We reply within 24 hours',
  'Sign up in 2 minutes',
  'Set up takes 5 minutes',
  'Reading time: 4 min',
  'Battery: 10 hours',
  'Works 24/7',
  'Open Mon–Fri 9:00–17:30',
  'Opening hours 10:00 – 18:00',
  'Support hours: 9:00 to 17:00',
  'Questions? Call us 9:00-17:00 on weekdays',
  'Order by 14:00 for next-day delivery',
  'Meeting at 10:30',
  'Runs 9:30 am to 5 pm',
  'Pickup from 16:30',
  'Video length 1:02:33',
  'Ratio 16:9 screen',
  'Half-time score 2:1',
  '1:1 coaching',
  'Countdown',
  'Ends',
  'Close',
  ' Search Close ',
  'Deals of the week',
  'Flash Sale',
  'Final sale: no returns',
  'Limited edition print',
  'Limited warranty: 2 years',
  'Last updated 3 May',
  'Coming soon',
  'Sign up before the workshop starts',
  '24-hour delivery',
  '30-day returns',
  'Open Sunday 10:00–16:00',
  'Available now',
];

describe('false-urgency without a deadline', () => {
  it.each(URGENT)('refuses %j', (text) => {
    expect(rulesFor(text, { now: NOW })).toContain('false-urgency');
  });

  it.each(CALM)('accepts %j', (text) => {
    expect(rulesFor(text, { now: NOW })).not.toContain('false-urgency');
  });
});

/** A countdown is ticking text: a real deadline is shown as a date, so a timer is refused whatever is declared. */
const isCountdown = (text: string) => findCountdown(tokenize(text).toks, compilePack(EN).countdown) !== null;

describe('false-urgency with a declared deadline', () => {
  it.each(URGENT.filter((t) => !isCountdown(t)))('a real future deadline allows %j', (text) => {
    expect(rulesFor(text, { deadline: FUTURE, now: NOW })).not.toContain('false-urgency');
  });

  it.each(URGENT.filter(isCountdown))('a real future deadline does not allow the countdown %j', (text) => {
    const finding = checkCopy(text, { deadline: FUTURE, now: NOW }).find((f) => f.rule === 'false-urgency');
    expect(finding?.message).toContain('countdown timer');
    expect(finding?.message).toContain('shown as a date');
  });

  it.each(['Ends in 14:59', '05:59 left', 'Offer ends in 01:02:33'])(
    'refuses the countdown %j under a real deadline',
    (text) => {
      expect(rulesFor(text, { deadline: FUTURE, now: NOW })).toContain('false-urgency');
    },
  );

  it('finds an hh:mm:ss timer even in a language with no pack', () => {
    expect(rulesFor('Scade tra 01:02:33', { deadline: FUTURE, now: NOW, locale: 'it' })).toEqual([
      'false-urgency',
      'copy-language-unchecked',
    ]);
  });

  it('accepts the brief’s honest deadline copy when that deadline is declared', () => {
    const deadline = { at: '2026-12-31T23:59:59Z', reason: 'Prices change on 1 January 2027' };
    expect(checkCopy('Offer ends 31 December 2026: prices change on 1 January', { deadline, now: NOW })).toEqual([]);
  });

  it('refuses urgency copy under a deadline that has passed', () => {
    const [finding] = checkCopy('Last chance: ends tonight', { deadline: PAST, now: NOW, path: 'full.title' });
    expect(finding).toMatchObject({ rule: 'false-urgency', severity: 'error', path: 'full.title' });
    expect(finding!.message).toContain('has passed');
  });

  it('refuses urgency copy under a deadline that is not a date, or has no reason', () => {
    expect(checkCopy('Ends tonight', { deadline: { at: 'soon', reason: 'Sale' }, now: NOW })[0]!.message).toContain(
      'not a date',
    );
    expect(checkCopy('Ends tonight', { deadline: { at: FUTURE.at, reason: '  ' }, now: NOW })[0]!.message).toContain(
      'no reason',
    );
  });

  it('uses the current time when no clock is given', () => {
    expect(rulesFor('Ends tonight', { deadline: { at: '2000-01-01T00:00:00Z', reason: 'Old sale' } })).toContain(
      'false-urgency',
    );
    expect(rulesFor('Ends tonight', { deadline: { at: '2999-01-01T00:00:00Z', reason: 'Far away' } })).not.toContain(
      'false-urgency',
    );
  });

  it('leaves calm copy alone whatever the deadline (the deadline itself is checked by validateOffer)', () => {
    expect(checkCopy('Does not renew.', { deadline: PAST, now: NOW })).toEqual([]);
  });
});

describe('false-urgency messages', () => {
  it('quote the urgency words and say what to change', () => {
    const [finding] = checkCopy('Great plan. Hurry, offer ends tonight!', { path: 'full.rationale', now: NOW });
    expect(finding).toMatchObject({ rule: 'false-urgency', severity: 'error', path: 'full.rationale' });
    expect(finding!.message).toMatch(/"(?:Hurry|offer ends tonight)/);
    expect(finding!.message).toContain('deadline');
  });
});
