/** The order-button wording lists on their own: a label as displayed, in its language, states the payment or not. */
import { describe, expect, it } from 'vitest';
import {
  PAYMENT_BUTTON_WORDING,
  paymentPhraseIn,
} from '../../../../src/core/guardrails/jurisdiction/payment-button-wording.js';
import { PERIOD_WORDS, namesPeriod } from '../../../../src/core/guardrails/jurisdiction/renewal-wording.js';

type Lang = keyof typeof PAYMENT_BUTTON_WORDING;
const STATES_PAYMENT: Array<[Lang, string]> = [
  ['en', 'Order with obligation to pay'],
  ['en', 'Pay €4,800'],
  ['en', 'Start the pilot, pay €4,800.00'],
  ['en', 'Buy now'],
  ['de', 'Zahlungspflichtig bestellen'],
  ['de', 'Kostenpflichtig bestellen'],
  ['de', 'Jetzt kaufen'],
  ['de', 'Zahlungspflichtigen Vertrag abschließen'],
  ['fr', 'Commande avec obligation de paiement'],
  ['fr', '« Commander avec obligation de paiement »'],
  ['fr', 'Payer 4 800 €'],
  ['es', 'Pedido con obligación de pago'],
  ['es', 'Realizar pedido con obligación de pago'],
  ['es', 'Continuar, pagar 4.800,00 €'],
];
const DOES_NOT: Array<[Lang, string]> = [
  ['en', 'Complete booking'], // CJEU C-249/21
  ['en', 'Pay'], // "pay …" needs what is paid
  ['en', 'Submit order'],
  ['en', 'Payment details'], // "payment" is not "pay"
  ['de', 'Weiter'],
  ['de', 'Bestellen'],
  ['de', 'Buchung abschließen'],
  ['de', 'Mit PayPal bezahlen'], // LG Hildesheim 6 O 156/22
  ['de', 'Weiter, 4.800,00 € zahlen'],
  ['fr', 'Finaliser la réservation'],
  ['fr', 'Valider'],
  ['fr', 'Payer'],
  ['es', 'Continuar'],
  ['es', 'Finalizar reserva'],
  ['es', 'Confirmar pedido'],
];

describe('order-button wording', () => {
  it.each(STATES_PAYMENT)('%s: %j states the obligation to pay', (lang, label) => {
    expect(paymentPhraseIn(label, PAYMENT_BUTTON_WORDING[lang])).toBeDefined();
  });
  it.each(DOES_NOT)('%s: %j does not', (lang, label) => {
    expect(paymentPhraseIn(label, PAYMENT_BUTTON_WORDING[lang])).toBeUndefined();
  });
  it('a language is judged by its own list only', () => {
    expect(paymentPhraseIn('Zahlungspflichtig bestellen', PAYMENT_BUTTON_WORDING.en)).toBeUndefined();
    expect(paymentPhraseIn('Pay €20', PAYMENT_BUTTON_WORDING.de)).toBeUndefined();
  });
});

describe('renewal period words', () => {
  it.each([
    ['en', 'Renews every month at $49', true],
    ['en', 'Billed annually', true],
    ['en', 'Renews until you cancel', false],
    ['de', 'Verlängert sich monatlich', true],
    ['de', 'Jedes Jahr 96 €', true],
    ['fr', 'Renouvelé chaque mois', true],
    ['fr', 'Annulez à tout moment', false], // "an" is a whole word, not the start of "annulez"
    ['es', 'Se renueva cada año', true],
    ['es', 'Cancela cuando quieras', false],
  ] as const)('%s: %j names a period: %s', (lang, text, expected) => {
    expect(namesPeriod(text, PERIOD_WORDS[lang])).toBe(expected);
  });
});
