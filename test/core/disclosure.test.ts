import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discloseOption, labelWithExtras } from '../../src/core/disclosure.js';
import { LOCALE_STRINGS, stringsFor } from '../../src/core/locales/all.js';
import type { Offer, OfferOption } from '../../src/core/offer-schema.js';
import { saysItDoesNotRenew, saysItRenews } from '../../src/core/renewal-wording.js';

const subscription = (): Offer => JSON.parse(readFileSync('examples/offers/subscription.json', 'utf8')) as Offer;
const count = (text: string, word: RegExp) => text.match(new RegExp(word.source, 'gi'))?.length ?? 0;

function withRenewal(renewal: Partial<OfferOption['terms']['renewal']>, notice?: string): OfferOption {
  const option = structuredClone(subscription().full);
  Object.assign(option.terms.renewal, renewal);
  if (notice === undefined) delete option.notice;
  else option.notice = notice;
  return option;
}

describe('the renewal and price lines say nothing twice (issue 12 item 6)', () => {
  it('a renewal detail that already says it renews is not prefixed with "Renews automatically."', () => {
    const option = withRenewal({ detail: 'Renews automatically every year on 1 March at €576.' });
    const d = discloseOption(option, 'full', 'en-IE');
    expect(d.terms.renewal).toBe(
      'Renews automatically every year on 1 March at €576. Cancel any time in Settings > Plan.',
    );
    expect(count(d.terms.renewal, /renews/)).toBe(1);
  });

  it('a detail that does not say it keeps the widget sentence, so the flag is always stated', () => {
    const d = discloseOption(withRenewal({ detail: 'Every year at €96.' }), 'full', 'en-IE');
    expect(d.terms.renewal).toMatch(/^Renews automatically\. Every year at €96\./);
    const once = discloseOption(withRenewal({ auto: false, detail: 'Ends after 12 months.' }), 'full', 'en-IE');
    expect(once.terms.renewal).toMatch(/^Does not renew\. Ends after 12 months\./);
    const said = discloseOption(
      withRenewal({ auto: false, detail: 'Does not renew: it ends after 12 months.' }),
      'full',
      'en',
    );
    expect(count(said.terms.renewal, /renew/)).toBe(1);
  });

  it('a notice beside the button that states the renewal replaces the price line sentence', () => {
    const offer = subscription();
    const d = discloseOption(offer.full, 'full', 'en-IE');
    expect(d.priceLine).toBe('€96.00 a year.');
    expect(count(`${d.priceLine} ${d.notice}`, /renews/)).toBe(1);
    const plain = discloseOption(withRenewal({}, 'Cancel any time in Settings > Plan.'), 'full', 'en-IE');
    expect(plain.priceLine).toBe('€96.00 a year. Renews automatically.');
  });

  it('a contradicting detail never removes the widget sentence (the flag is the truth shown)', () => {
    const d = discloseOption(withRenewal({ detail: 'Does not renew.' }), 'full', 'en');
    expect(d.terms.renewal).toMatch(/^Renews automatically\. Does not renew\./);
  });

  it('works with the German, Spanish and French words', () => {
    const de = withRenewal({ detail: 'Verlängert sich jedes Jahr zum 1. März.', cancel: 'Jederzeit kündbar.' });
    expect(discloseOption(de, 'full', 'de-DE', stringsFor('de')).terms.renewal).toBe(
      'Verlängert sich jedes Jahr zum 1. März. Jederzeit kündbar.',
    );
    const es = withRenewal({ detail: 'Se renueva cada año el 1 de marzo.', cancel: 'Cancela cuando quieras.' });
    expect(discloseOption(es, 'full', 'es-ES', stringsFor('es')).terms.renewal).toBe(
      'Se renueva cada año el 1 de marzo. Cancela cuando quieras.',
    );
  });
});

describe('renewal wording', () => {
  it.each([
    ['Renews every year at €96 until you cancel.', true, false],
    ['Renews every month, no minimum term', true, false],
    ['Continues every month at €9.', true, false],
    ['Billed monthly.', false, false], // a recurring charge, not a renewal: judged on price.period
    ['Charged €20 every month, 15 payments in all.', false, false],
    ['Cancel any time before it renews.', true, false],
    ['Does not renew.', false, true],
    ["Doesn't renew, ends after 6 weeks", false, true],
    ['There is no automatic renewal.', false, true],
    ['Every year at €96. We email you 30 days before.', false, false],
    ['Access continues until the month ends.', false, false],
    ['Taken once; nothing repeats.', false, false],
    ['Verlängert sich jedes Jahr, bis Sie kündigen.', true, false],
    ['Verlängert sich nicht automatisch.', false, true],
    ['Se renueva cada mes.', true, false],
    ['No se renueva.', false, true],
    ["Se renouvelle chaque mois jusqu'à résiliation.", true, false],
    ['Ne se renouvelle pas.', false, true],
  ])('%s → renews %s, does not renew %s', (text, renews, doesNot) => {
    expect(saysItRenews(text)).toBe(renews);
    expect(saysItDoesNotRenew(text)).toBe(doesNot);
  });

  it("recognises the widget's own renewal sentences in every shipped language", () => {
    for (const [lang, s] of Object.entries(LOCALE_STRINGS)) {
      expect(saysItRenews(s.renewsAuto), lang).toBe(true);
      expect(saysItDoesNotRenew(s.renewsNot), lang).toBe(true);
    }
  });
});

describe('the pay addition on a paid button, in French', () => {
  const paid = () => structuredClone(subscription().full);
  it.each([
    ['Finaliser la réservation', 'Finaliser la réservation, payer 96,00\u00a0€'],
    ['Payer 96 € pour un an', 'Payer 96 € pour un an'],
    ['Commander l’abonnement', 'Commander l’abonnement'],
    ['Valider ma commande', 'Valider ma commande'],
    ['Acheter', 'Acheter'],
    ['S’abonner pour un an', 'S’abonner pour un an'],
    ['Faire un don', 'Faire un don'],
    // "don" alone is not a pay word: the English "Don’t wait" still gets its price
    ['Don’t wait', 'Don’t wait, payer 96,00\u00a0€'],
  ])('%j is shown as %j (French strings; a French pay word is not repeated)', (label, shown) => {
    const option = paid();
    option.action.label = label;
    expect(discloseOption(option, 'full', 'fr-FR', stringsFor('fr')).actionLabel).toBe(shown);
  });
});

describe('a free option needs no number formatter (the first Intl.NumberFormat of a page loads its number data)', () => {
  it('discloses a free option without constructing one, and a paid one with its first charge on the button', () => {
    const free = structuredClone(subscription().full);
    free.terms.price = { amount: 0, currency: 'NZD', period: 'once' };
    free.action.label = 'Start';
    const { NumberFormat } = Intl;
    let constructed = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct: (target, args: ConstructorParameters<typeof NumberFormat>) => (constructed++, new target(...args)),
    });
    try {
      const d = discloseOption(free, 'full', 'en-NZ');
      expect(d.actionLabel).toBe('Start');
      expect(constructed).toBe(0);
      const paid = structuredClone(free);
      paid.terms.price = { amount: 12, currency: 'NZD', period: 'once' };
      expect(discloseOption(paid, 'full', 'en-NZ').actionLabel).toContain('$12');
      expect(constructed).toBe(1);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });
});

describe('the action with ticked extras states what they add to the first charge', () => {
  const addOns = [
    { id: 'calls', label: 'Coach calls', price: { amount: 9, currency: 'EUR', period: 'month' as const } },
    { id: 'setup', label: 'Setup', price: { amount: 0, currency: 'EUR', period: 'once' as const, fees: 20 } },
    { id: 'guide', label: 'Printed guide' },
    { id: 'ship', label: 'Shipping', price: { amount: 4, currency: 'USD', period: 'once' as const } },
  ];
  const label = 'Start, pay €20.00';

  it('leaves the label alone when nothing priced is ticked', () => {
    expect(labelWithExtras(label, addOns, new Set(), 'en')).toBe(label);
    expect(labelWithExtras(label, addOns, new Set(['guide']), 'en')).toBe(label);
    expect(labelWithExtras(label, undefined, new Set(['calls']), 'en')).toBe(label);
  });

  it('sums the first charge (amount plus fees) per currency, in the offer language', () => {
    expect(labelWithExtras(label, addOns, new Set(['calls']), 'en')).toBe('Start, pay €20.00 (+ €9.00 for extras)');
    expect(labelWithExtras(label, addOns, new Set(['calls', 'setup', 'guide']), 'en')).toBe(
      'Start, pay €20.00 (+ €29.00 for extras)',
    );
    expect(labelWithExtras(label, addOns, new Set(['calls', 'ship']), 'en')).toBe(
      'Start, pay €20.00 (+ €9.00 + $4.00 for extras)',
    );
    expect(labelWithExtras('Starten', addOns, new Set(['calls']), 'de', stringsFor('de'))).toBe(
      'Starten (+ 9,00\u00a0€ für Extras)',
    );
  });
});
