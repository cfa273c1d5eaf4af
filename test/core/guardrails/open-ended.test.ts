/**
 * Open-ended commitments (issue 12 item 4): a monthly pledge "until you stop" or a free-forever plan states
 * `time.ongoing: true` instead of an invented `time.days`; sizes are compared on what is known.
 */
import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../../src/core/register-all.js';
import { validateOffer } from '../../../src/core/validate-offer.js';
import { offerWith, type Raw } from './offer-fixture.js';

const errors = (offer: Raw) =>
  validateOffer(offer)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.path}`);

const ongoing = (option: Raw, duration = 'Until you stop') => {
  delete option.terms.time.days;
  option.terms.time.ongoing = true;
  option.terms.time.duration = duration;
};

/** A monthly pledge until the donor stops, and a smaller monthly pledge, both open-ended. */
const pledge = (fullAmount: number, retreatAmount: number, retreatAuto = true) =>
  offerWith((o) => {
    for (const [option, amount, auto] of [
      [o.full, fullAmount, true],
      [o.retreat, retreatAmount, retreatAuto],
    ] as const) {
      ongoing(option);
      option.terms.price = { amount, currency: 'EUR', period: 'month' };
      option.terms.dataAccess = { level: 'none', detail: 'We keep your name and email for receipts only' };
      option.terms.renewal = auto
        ? { auto: true, detail: `Every month at €${amount}.`, cancel: 'Stop any time in your account.' }
        : { auto: false, detail: 'Given once a month when you choose to.', cancel: 'Nothing to cancel.' };
    }
  });

describe('time.ongoing instead of time.days', () => {
  it('accepts a monthly pledge until you stop, without time.days, and a smaller pledge as its retreat', () => {
    expect(errors(pledge(20, 5))).toEqual([]);
  });

  it('compares an open-ended pledge on the price per period: the same amount is not smaller', () => {
    expect(errors(pledge(20, 20))).toEqual(['retreat-not-smaller retreat.terms']);
  });

  it('a free-forever plan is a smaller retreat and is never called "longer" than a fixed paid term', () => {
    const offer = offerWith((o) => {
      o.full.terms.price = { amount: 96, currency: 'EUR', period: 'year' };
      o.full.terms.renewal = { auto: true, detail: 'Every year at €96.', cancel: 'Cancel any time in Settings.' };
      o.full.notice = 'Renews every year at €96 until you cancel.';
      ongoing(o.retreat, 'As long as you like');
      o.retreat.terms.price = { amount: 0, currency: 'EUR', period: 'once' };
      o.retreat.terms.renewal = { auto: false, detail: 'Free; nothing to renew.', cancel: 'Nothing to cancel.' };
    });
    expect(errors(offer)).toEqual([]);
  });

  it('an open-ended retreat that costs money is longer than a fixed full option', () => {
    const offer = offerWith((o) => {
      ongoing(o.retreat);
      o.retreat.terms.price = { amount: 5, currency: 'EUR', period: 'month' };
    });
    expect(errors(offer)).toContain('retreat-not-smaller retreat.terms.time.ongoing');
  });

  it('a fixed retreat is shorter than an open-ended full option', () => {
    const offer = offerWith((o) => {
      ongoing(o.full);
      o.retreat.terms.dataAccess = structuredClone(o.full.terms.dataAccess);
    });
    expect(errors(offer)).toEqual([]);
  });

  it('needs days or ongoing, and not both, naming the field', () => {
    const none = offerWith((o) => delete o.full.terms.time.days);
    expect(validateOffer(none).findings).toContainEqual(
      expect.objectContaining({ path: 'full.terms.time.days', message: expect.stringMatching(/time\.ongoing: true/) }),
    );
    const both = offerWith((o) => (o.retreat.terms.time.ongoing = true));
    expect(validateOffer(both).findings).toContainEqual(
      expect.objectContaining({
        path: 'retreat.terms.time.ongoing',
        message: expect.stringMatching(/remove time\.days/),
      }),
    );
  });
});
