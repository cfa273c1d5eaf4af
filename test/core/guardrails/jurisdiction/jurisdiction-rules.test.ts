/**
 * Jurisdiction rules, table-driven: per rule, offers that must fail (the rule at its path) and offers that must
 * pass, in each language where the wording matters. The base is the shipped subscription example (auto-renewing,
 * paid, English); each case edits it.
 */
import { describe, expect, it } from 'vitest';
// Every language's strings, copy pack and check group, as fair-offer/core registers them (the browser loads each
// on demand).
import '../../../../src/core/register-all.js';
import { validateOffer } from '../../../../src/core/validate-offer.js';
import type { Jurisdiction } from '../../../../src/core/offer-schema.js';
import subscription from '../../../../examples/offers/subscription.json';
import type { Raw } from '../offer-fixture.js';

const WITHDRAWAL = { days: 14, url: 'https://stride.example/withdraw' };
const CANCEL_URL = 'https://stride.example/cancel';

/** The subscription made compliant with every pack, so each case breaks exactly one thing. */
function compliant(): Raw {
  const o = structuredClone(subscription) as Raw;
  o.full.action.label = 'Pay €96 for one year';
  o.retreat.action.label = 'Pay €12 for one month';
  o.withdrawal = { ...WITHDRAWAL };
  for (const option of [o.full, o.retreat]) {
    option.terms.renewal.cancelUrl = CANCEL_URL;
    option.terms.renewal.cancelBy = 'by 11:59 pm the day before each renewal date';
  }
  return o;
}

function offer(edit: (o: Raw) => void = () => {}): Raw {
  const o = compliant();
  edit(o);
  return o;
}

const JURISDICTION_RULES = [
  'eu-payment-button',
  'eu-withdrawal-function',
  'de-cancel-button',
  'us-ca-auto-renewal',
  'us-ny-auto-renewal',
];
const jurisdictionFindings = (o: Raw, jurisdictions: Jurisdiction[] = []) =>
  validateOffer(o, { jurisdictions }).findings.filter((f) => JURISDICTION_RULES.includes(f.rule));

/** A label in a language: the offer's locale is that language, the label replaced on both options. */
const labelled = (locale: string, full: string, retreat = full) =>
  offer((o) => {
    o.locale = locale;
    o.full.action.label = full;
    o.retreat.action.label = retreat;
  });

interface Case {
  name: string;
  jurisdictions: Jurisdiction[];
  offer: Raw;
  /** rule@path expected (fail cases); absent for cases that must pass. */
  expect?: string;
  severity?: 'error' | 'warning';
}

const FAIL: Case[] = [
  // eu-payment-button, per language (the label as displayed, the widget's own additions included)
  {
    name: 'en "Subscribe for one year"',
    jurisdictions: ['eu'],
    offer: labelled('en-IE', 'Subscribe for one year'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'en "Place order"',
    jurisdictions: ['eu'],
    offer: labelled('en-IE', 'Place order'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'de "Weiter" (shown as "Weiter, 96,00 € zahlen")',
    jurisdictions: ['de'],
    offer: labelled('de-DE', 'Weiter'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'de "Buchung abschließen"',
    jurisdictions: ['de'],
    offer: labelled('de-DE', 'Buchung abschließen'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'de "Jetzt bestellen"',
    jurisdictions: ['de'],
    offer: labelled('de-DE', 'Jetzt bestellen'),
    expect: 'eu-payment-button@retreat.action.label',
  },
  {
    name: 'fr "Acheter et continuer" (a pay word: no addition)',
    jurisdictions: ['fr'],
    offer: labelled('fr-FR', 'Acheter et continuer'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'fr "Valider ma commande" (a pay word: no addition)',
    jurisdictions: ['fr'],
    offer: labelled('fr-FR', 'Valider ma commande'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'es "Comprar y continuar" (a pay word: no addition)',
    jurisdictions: ['es'],
    offer: labelled('es-ES', 'Comprar y continuar'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'es "Donar cada mes" (a pay word: no addition)',
    jurisdictions: ['es'],
    offer: labelled('es-ES', 'Donar cada mes'),
    expect: 'eu-payment-button@full.action.label',
  },
  {
    name: 'it: no wording list, a warning (never a silent pass)',
    jurisdictions: ['eu'],
    offer: labelled('it-IT', 'Abbonati ora'),
    expect: 'eu-payment-button@full.action.label',
    severity: 'warning',
  },
  // eu-withdrawal-function
  {
    name: 'no withdrawal',
    jurisdictions: ['eu'],
    offer: offer((o) => delete o.withdrawal),
    expect: 'eu-withdrawal-function@withdrawal',
  },
  {
    name: 'withdrawal url on http',
    jurisdictions: ['eu'],
    offer: offer((o) => (o.withdrawal.url = 'http://stride.example/withdraw')),
    expect: 'eu-withdrawal-function@withdrawal.url',
  },
  {
    name: 'withdrawal period of 7 days',
    jurisdictions: ['es'],
    offer: offer((o) => (o.withdrawal.days = 7)),
    expect: 'eu-withdrawal-function@withdrawal.days',
  },
  // de-cancel-button
  {
    name: 'auto-renewing without cancelUrl',
    jurisdictions: ['de'],
    offer: offer((o) => delete o.full.terms.renewal.cancelUrl),
    expect: 'de-cancel-button@full.terms.renewal.cancelUrl',
  },
  {
    name: 'cancelUrl on http',
    jurisdictions: ['de'],
    offer: offer((o) => (o.retreat.terms.renewal.cancelUrl = 'http://stride.example/cancel')),
    expect: 'de-cancel-button@retreat.terms.renewal.cancelUrl',
  },
  {
    name: 'monthly without auto-renewal is still a continuing contract',
    jurisdictions: ['de'],
    offer: offer((o) => {
      o.retreat.terms.renewal.auto = false;
      delete o.retreat.terms.renewal.cancelUrl;
    }),
    expect: 'de-cancel-button@retreat.terms.renewal.cancelUrl',
  },
  // us-ca-auto-renewal
  {
    name: 'renewal line without charge or period',
    jurisdictions: ['us-ca'],
    offer: offer((o) => (o.full.terms.renewal.detail = 'We email you 30 days before.')),
    expect: 'us-ca-auto-renewal@full.terms.renewal.detail',
  },
  {
    name: 'renewal line with the period but no charge',
    jurisdictions: ['us-ca'],
    offer: offer((o) => (o.full.terms.renewal.detail = 'Renews every year.')),
    expect: 'us-ca-auto-renewal@full.terms.renewal.detail',
  },
  {
    name: 'renewal line with the charge but no period',
    jurisdictions: ['us-ca'],
    offer: offer((o) => (o.retreat.terms.renewal.detail = 'Renews at €12.')),
    expect: 'us-ca-auto-renewal@retreat.terms.renewal.detail',
  },
  // us-ny-auto-renewal
  {
    name: 'no cancelBy',
    jurisdictions: ['us-ny'],
    offer: offer((o) => delete o.full.terms.renewal.cancelBy),
    expect: 'us-ny-auto-renewal@full.terms.renewal.cancelBy',
  },
  {
    name: 'renewal line without the charge',
    jurisdictions: ['us-ny'],
    offer: offer((o) => (o.retreat.terms.renewal.detail = 'Renews every month.')),
    expect: 'us-ny-auto-renewal@retreat.terms.renewal.detail',
  },
];

const PASS: Case[] = [
  {
    name: 'no jurisdiction: nothing changes, even for a non-compliant offer',
    jurisdictions: [],
    offer: structuredClone(subscription),
  },
  { name: 'every pack at once', jurisdictions: ['eu', 'de', 'fr', 'es', 'us-ca', 'us-ny'], offer: offer() },
  {
    name: 'en "Order with obligation to pay"',
    jurisdictions: ['eu'],
    offer: labelled('en-IE', 'Order with obligation to pay'),
  },
  { name: 'en "Buy the annual plan"', jurisdictions: ['eu'], offer: labelled('en-IE', 'Buy the annual plan') },
  {
    name: 'en "Start the plan" (shown as "Start the plan, pay €96.00")',
    jurisdictions: ['eu'],
    offer: labelled('en-IE', 'Start the plan'),
  },
  {
    name: 'de "Zahlungspflichtig bestellen"',
    jurisdictions: ['de'],
    offer: labelled('de-DE', 'Zahlungspflichtig bestellen'),
  },
  { name: 'de "Jetzt kaufen"', jurisdictions: ['de'], offer: labelled('de-DE', 'Jetzt kaufen') },
  {
    name: 'de "Jahresabo kostenpflichtig abonnieren"',
    jurisdictions: ['de'],
    offer: labelled('de-DE', 'Jahresabo kostenpflichtig abonnieren', 'Monatsabo kostenpflichtig abonnieren'),
  },
  {
    name: 'fr « Commande avec obligation de paiement »',
    jurisdictions: ['fr'],
    offer: labelled('fr-FR', 'Commande avec obligation de paiement'),
  },
  {
    name: 'fr "Payer 96 € pour un an"',
    jurisdictions: ['fr'],
    offer: labelled('fr-FR', 'Payer 96 € pour un an', 'Payer 12 € pour un mois'),
  },
  {
    name: 'fr "Finaliser la réservation" (shown as "Finaliser la réservation, payer 96,00 €")',
    jurisdictions: ['fr'],
    offer: labelled('fr-FR', 'Finaliser la réservation'),
  },
  {
    name: 'es "Pedido con obligación de pago"',
    jurisdictions: ['es'],
    offer: labelled('es-ES', 'Pedido con obligación de pago'),
  },
  {
    name: 'es "Continuar" (shown as "Continuar, pagar 96,00 €")',
    jurisdictions: ['es'],
    offer: labelled('es-ES', 'Continuar'),
  },
  {
    name: 'a free offer needs no payment wording nor withdrawal function',
    jurisdictions: ['eu'],
    offer: offer((o) => {
      for (const x of [o.full, o.retreat]) {
        x.terms.price.amount = 0;
        x.terms.renewal.auto = false;
        delete x.notice; // "Renews every year … until you cancel" would contradict auto: false (renewal wording)
        x.action.label = 'Start';
      }
      delete o.withdrawal;
      delete o.full.escalations;
    }),
  },
  {
    name: 'de: a one-off purchase needs no cancel button',
    jurisdictions: ['de'],
    offer: offer((o) => {
      for (const x of [o.full, o.retreat]) {
        x.terms.price.period = 'once';
        x.terms.renewal.auto = false;
        delete x.notice; // "Renews every year … until you cancel" would contradict auto: false (renewal wording)
        delete x.terms.renewal.cancelUrl;
      }
    }),
  },
  {
    name: 'us-ca: German renewal line "Verlängert sich jährlich um 96 €"',
    jurisdictions: ['us-ca'],
    offer: offer((o) => {
      o.locale = 'de-DE';
      o.full.terms.renewal.detail = 'Verlängert sich jährlich um 96 €.';
      o.retreat.terms.renewal.detail = 'Verlängert sich jeden Monat um 12 €.';
    }),
  },
  {
    name: 'us-ny: no cancelBy needed without auto-renewal',
    jurisdictions: ['us-ny'],
    offer: offer((o) => {
      for (const x of [o.full, o.retreat]) {
        x.terms.renewal.auto = false;
        delete x.notice; // "Renews every year … until you cancel" would contradict auto: false (renewal wording)
        delete x.terms.renewal.cancelBy;
      }
    }),
  },
];

describe('jurisdiction rules: offers that must fail', () => {
  it.each(FAIL)('$name', ({ offer: o, jurisdictions, expect: expected, severity }) => {
    const findings = jurisdictionFindings(o, jurisdictions);
    const match = findings.filter((f) => `${f.rule}@${f.path}` === expected);
    expect(match, JSON.stringify(findings, null, 1)).toHaveLength(1);
    expect(match[0]!.severity).toBe(severity ?? 'error');
    expect(match[0]!.message.length).toBeGreaterThan(40);
  });
});

describe('jurisdiction rules: offers that must pass', () => {
  it.each(PASS)('$name', ({ offer: o, jurisdictions }) => {
    expect(jurisdictionFindings(o, jurisdictions)).toEqual([]);
    expect(validateOffer(o, { jurisdictions }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('jurisdictions', () => {
  it('de, fr and es imply eu; the offer and the host add up', () => {
    const broken = offer((o) => delete o.withdrawal);
    for (const national of ['de', 'fr', 'es'] as const)
      expect(
        jurisdictionFindings(broken, [national]).map((f) => f.rule),
        national,
      ).toContain('eu-withdrawal-function');
    const declared = offer((o) => {
      o.jurisdictions = ['us-ny'];
      delete o.withdrawal;
      delete o.full.terms.renewal.cancelBy;
    });
    const rules = jurisdictionFindings(declared, ['eu']).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['eu-withdrawal-function', 'us-ny-auto-renewal']));
  });

  it('refuses an unknown jurisdiction in the offer, and ignores one from the host', () => {
    const result = validateOffer(offer((o) => (o.jurisdictions = ['eu', 'mars'])));
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'invalid-offer', path: 'jurisdictions.1' }));
    expect(jurisdictionFindings(offer(), ['mars' as Jurisdiction])).toEqual([]);
  });

  it('without a locale, the language the host shows the offer in decides the wording', () => {
    const o = labelled('en-IE', 'Zahlungspflichtig bestellen');
    delete o.locale;
    expect(validateOffer(o, { jurisdictions: ['eu'], language: 'en-GB' }).findings.map((f) => f.rule)).toContain(
      'eu-payment-button',
    );
    // No language known at all: a phrase of any listed language is accepted.
    expect(validateOffer(o, { jurisdictions: ['eu'] }).findings.map((f) => f.rule)).not.toContain('eu-payment-button');
    expect(validateOffer(o, { jurisdictions: ['eu'], language: 'de-AT' }).findings.map((f) => f.rule)).not.toContain(
      'eu-payment-button',
    );
  });
});
