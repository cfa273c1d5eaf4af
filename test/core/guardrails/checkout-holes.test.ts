/**
 * Holes in the structural guardrails found with honest-looking offers (issue 12 item 3): each case below was
 * accepted before the fix.
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
const finding = (offer: Raw, path: string) => validateOffer(offer).findings.find((f) => f.path === path);

describe('renewal wording that contradicts renewal.auto', () => {
  it.each([
    ['en', 'Continues every month at €9 until you cancel.'],
    ['de', 'Verlängert sich jeden Monat um 9 €, bis Sie kündigen.'],
    ['es', 'Se renueva cada mes por 9 €.'],
    ['fr', 'Se renouvelle chaque mois à 9 €.'],
  ])('a retreat whose words say it renews (%s) while auto is false is a hidden auto-renewal', (_lang, detail) => {
    const offer = offerWith((o) => (o.retreat.terms.renewal.detail = detail));
    expect(errors(offer)).toEqual(
      expect.arrayContaining([
        'hidden-escalation retreat.terms.renewal.detail',
        'hidden-escalation retreat.notice',
        'undisclosed-difference retreat.terms.renewal.detail',
      ]),
    );
    expect(finding(offer, 'retreat.terms.renewal.detail')!.message).toMatch(/auto/);
  });

  it('a notice beside the button that says "renews" counts too, for the full option as well', () => {
    const offer = offerWith((o) => (o.full.notice = 'Renews every year until you cancel.'));
    expect(errors(offer)).toContain('undisclosed-difference full.notice');
  });

  it('the reverse: auto is true but the words say it does not renew', () => {
    const offer = offerWith((o) => {
      for (const x of [o.full, o.retreat]) x.terms.renewal.auto = true;
      o.retreat.terms.renewal.detail = 'Does not renew: it ends after 2 weeks.';
    });
    expect(errors(offer)).toContain('undisclosed-difference retreat.terms.renewal.detail');
  });

  it('honest wording passes: "Ends after 2 weeks", "Nothing to cancel", "Does not renew"', () => {
    const offer = offerWith((o) => (o.retreat.terms.renewal.detail = 'Does not renew. Ends after 2 weeks.'));
    expect(errors(offer)).toEqual([]);
  });
});

describe('a recurring charge is an escalation whatever the renewal flag says', () => {
  const monthlyRetreat = (period: 'month' | 'year') =>
    offerWith((o) => {
      o.full.terms.price = { amount: 300, currency: 'EUR', period: 'once' };
      o.retreat.terms.price = { amount: 20, currency: 'EUR', period };
      o.retreat.terms.renewal = { auto: false, detail: 'Paid in instalments.', cancel: 'Nothing to cancel.' };
    });

  it.each(['month', 'year'] as const)('a retreat billed every %s while the full option is one-off', (period) => {
    expect(errors(monthlyRetreat(period))).toEqual(
      expect.arrayContaining(['hidden-escalation retreat.terms.price.period', 'hidden-escalation retreat.notice']),
    );
    expect(finding(monthlyRetreat(period), 'retreat.terms.price.period')!.message).toMatch(/recurring-charge/);
  });

  it('is accepted once declared and shown beside the button', () => {
    const offer = monthlyRetreat('month');
    offer.retreat.escalations = ['recurring-charge'];
    offer.retreat.notice = 'Charged €20 every month, 15 payments in all.';
    expect(errors(offer)).toEqual([]);
  });
});

describe('add-ons pre-selected through other flags', () => {
  const withAddOn = (extra: Record<string, unknown>) =>
    offerWith((o) => (o.addOns = [{ id: 'support', label: 'Priority support', ...extra }]));

  it.each([
    [{ default: 'on' }, 'addOns.0.default'],
    [{ optOut: true }, 'addOns.0.optOut'],
    [{ selected: 'true' }, 'addOns.0.selected'],
    [{ checked: 1 }, 'addOns.0.checked'],
    [{ preselected: 'yes' }, 'addOns.0.preselected'],
    [{ onByDefault: true }, 'addOns.0.onByDefault'],
    [{ autoAdd: true }, 'addOns.0.autoAdd'],
    [{ defaultState: 'checked' }, 'addOns.0.defaultState'],
  ])('%j is refused as prechecked-upsell at its field', (extra, path) => {
    expect(errors(withAddOn(extra))).toContain(`prechecked-upsell ${path}`);
  });

  it('the schema rejects any unknown add-on key outright, naming the field, even when it says "off"', () => {
    const offer = withAddOn({ default: 'off' });
    expect(errors(offer)).toEqual(['invalid-offer addOns.0.default']);
    expect(finding(offer, 'addOns.0.default')!.message).toMatch(/`addOns\.0\.default` is not an add-on field/);
  });

  it('an add-on with selected: false or no flag is fine', () => {
    expect(errors(withAddOn({ selected: false, recurring: true }))).toEqual([]);
    expect(errors(withAddOn({}))).toEqual([]);
  });
});
