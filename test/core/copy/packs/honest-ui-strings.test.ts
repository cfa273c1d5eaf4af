/**
 * Honest UI strings of shops, checkouts, admin screens and consent banners, by family and per language: what makes
 * each one honest in its language's grammar (a stored card's last digits, an admin's order items, ...), with the dark near-neighbours that
 * must still be refused beside it, so a fix cannot simply switch a rule off. Written from the languages, not from
 * any development, blind or real batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

interface Family {
  /** Copy of any field (or of `role`) that must get none of the dark rules. */
  honest: string[];
  /** Neighbours of the honest shapes that must still get the rule named. */
  dark: [text: string, rule: string][];
  role?: CopyCheckOptions['role'];
}

const FAMILIES: Record<string, Record<string, Family>> = {
  en: {
    // the last digits of a stored card or an account are no deadline
    'a card ending in its last digits': {
      honest: [
        'Ending in 4242',
        'Visa ending in 4242',
        'Mastercard ending in 0005, expires 08/29',
        'Gift card ending in 98765',
        'Pay with the account ending in 1234',
      ],
      dark: [
        ['Offer ending in 2 hours', 'false-urgency'],
        ['Ending in 10 minutes', 'false-urgency'],
        ['Ending in 3', 'false-urgency'],
        ['Sale ends in 1440 minutes', 'false-urgency'],
        ['Card ending in 4242 — this offer ends tonight', 'false-urgency'],
      ],
    },
    // an admin screen speaks of an order's own items, a rule's scope, its stock tools and "the one" customer
    "an admin's order items, rule scope and stock tools": {
      honest: [
        'Only one item is available for fulfillment',
        'Only 2 items left to refund',
        'Applies the discount to a limited number of items',
        'This rule is restricted to a limited number of products',
        'Low stock — reorder from supplier',
        'Low stock — restock this variant',
        'Pick another shipping method than the one customer selected',
        'The one customer who ordered twice gets a refund',
      ],
      dark: [
        ['Only 2 left!', 'pressure'],
        ['Only 3 left in stock — order now', 'pressure'],
        ['Only 1 item available — order now', 'pressure'],
        ['Available to a limited number of customers', 'pressure'],
        ['Limited number of items', 'pressure'],
        ['One customer bought this today', 'pressure'],
        ['One other shopper is viewing this', 'pressure'],
        ['3 customers bought this in the last hour', 'pressure'],
        ['Join the 2,000 customers who switched', 'pressure'],
      ],
    },
    // a payment by bank transfer or card is a method, not a cost the visitor is made to prefer
    'a payment method is no cost': {
      honest: [
        "Press 'Continue' to create a new bank transfer payment.",
        'Continue with bank transfer payment',
        'Continue to bank card payment',
        "I'll pay by bank transfer",
      ],
      dark: [
        ["I'd rather pay bank fees", 'confirmshaming'],
        ['No thanks, I prefer hidden bank charges', 'confirmshaming'],
        ["I'll keep paying high bank fees", 'confirmshaming'],
        ['Continue and pay extra bank charges', 'confirmshaming'],
      ],
    },
    // an admin's or a form's step left out ("without associating", "without notifying") refuses no good
    'a process step left out': {
      honest: [
        'Proceed without associating the promotion with a campaign',
        'Continue without notifying the customer',
        'Proceed without linking the discount to a sales channel',
        'Continue without syncing inventory',
      ],
      dark: [
        ['Continue without the discount', 'confirmshaming'],
        ['Proceed without my 20% discount', 'confirmshaming'],
        ['Continue without saving money', 'confirmshaming'],
        ['Continue without linking my rewards, I hate saving money', 'confirmshaming'],
      ],
    },
    // an estimate (approximately, roughly, estimated, takes) is a duration, never a countdown
    'an estimate is a duration': {
      honest: ['This process will take approximately 3 minute(s)', 'Setup takes 2 min 30 s', 'Estimated 1 h 30 min'],
      dark: [
        ['Only 14 min 59 s left', 'false-urgency'],
        ['Expires in 02:14:33', 'false-urgency'],
        ['Hurry: 1 h 30 min left', 'false-urgency'],
      ],
    },
    // the visitor's own payment window, set by the payment provider, is no offer's countdown
    'a payment window': {
      honest: [
        'You have 14 minutes 59 seconds to pay',
        'You have 14:59 to pay',
        'You have 09:59 to complete your payment',
        'You still have 4:30 left to transfer',
      ],
      dark: [
        ['Only 14:59 left to pay the sale price', 'false-urgency'],
        ['You have 14 min 59 s to complete your purchase', 'false-urgency'],
        ['Offer ends in 14:59', 'false-urgency'],
        ['Hurry, 14:59 left to claim your discount', 'false-urgency'],
      ],
    },
    // a head's participle is a status ("Skipped", "Cancelled"), not a refusal: copy of no role opening with it is no decline label
    'a status in a participle': {
      honest: ['Skipped (Failure)', 'Skipping (Failure)', 'Cancelled (refund failed)', 'Skipped: payment failure'],
      dark: [
        ['Skip (I hate saving)', 'confirmshaming'],
        ['Skip, I am too cool for discounts', 'confirmshaming'],
        ['No thanks (I am a failure with money)', 'confirmshaming'],
      ],
    },
  },
  es: {
    'una tarjeta que termina en sus últimas cifras': {
      honest: [
        'Termina en 4242',
        'La tarjeta guardada termina en 4242',
        'Visa que acaba en 0005',
        'Paga con la cuenta que termina en 1234',
      ],
      dark: [
        ['La oferta termina en 2 horas', 'false-urgency'],
        ['Termina en 10 minutos', 'false-urgency'],
        ['Acaba en 5', 'false-urgency'],
        ['Termina pronto', 'false-urgency'],
        ['Tu tarjeta termina en 4242. La oferta termina hoy', 'false-urgency'],
      ],
    },
    // the visitor's own payment card expiring is an account fact, not an offer's end
    'la propia tarjeta de pago que caduca': {
      honest: [
        'La tarjeta de crédito está a punto de caducar',
        'Tu tarjeta de crédito está a punto de vencer',
        'Las tarjetas de débito guardadas están a punto de caducar',
      ],
      dark: [
        ['Tu descuento está a punto de caducar', 'false-urgency'],
        ['El cupón de descuento está a punto de expirar', 'false-urgency'],
        ['Tu crédito está a punto de caducar', 'false-urgency'],
      ],
    },
    // a question opened by an interrogative is no report of someone's purchase (a noun like 'reserva' reads as 'reservó')
    'una pregunta no es una compra ajena': {
      honest: ['¿Qué tipo de reserva es esta?', '¿Cuál de las reservas es esta?', '¿Cómo de urgente es esta reserva?'],
      dark: [
        ['María de Sevilla reservó hace 5 minutos', 'pressure'],
        ['Pedro de Madrid compró esta mañana', 'pressure'],
        ['Laura en Bilbao ha comprado hoy', 'pressure'],
      ],
    },
    // the payment provider's window to pay is no offer's countdown
    'un plazo de pago': {
      honest: [
        'Tiene 14 minutos 59 segundos para pagar',
        'Tienes 14:59 para pagar',
        'Dispone de 9:59 para completar el pago',
      ],
      dark: [
        ['Tienes 14 min 59 s para aprovechar la oferta', 'false-urgency'],
        ['Solo 14 min 59 s para comprar', 'false-urgency'],
        ['La oferta termina en 14:59', 'false-urgency'],
      ],
    },
  },
  de: {
    // "einmalig" before a code or a voucher is its single use, a term of the code, not a once-only offer
    'einmalig vor einem Code: einmal gültig': {
      honest: [
        'Einmaliger Code',
        'Ihr einmaliger Rabattcode',
        'Einmaliger Gutscheincode für Neukunden',
        'Einmaliger Gutschein',
      ],
      dark: [
        ['Einmaliges Angebot', 'false-urgency'],
        ['Einmalige Aktion: 30 % Rabatt', 'false-urgency'],
        ['Befristetes Angebot', 'false-urgency'],
        ['Einmaliger Code – nur heute gültig', 'false-urgency'],
      ],
    },
    // the payment provider's window to pay is no offer's countdown
    'eine Zahlungsfrist': {
      honest: [
        'Sie haben noch 14:59 um zu zahlen',
        'Sie haben 14 Minuten 59 Sekunden Zeit, um zu bezahlen',
        'Du hast noch 9:59 zum Bezahlen',
      ],
      dark: [
        ['Sie haben noch 14:59, um das Angebot zu sichern', 'false-urgency'],
        ['Nur noch 14:59 Minuten', 'false-urgency'],
        ['Angebot endet in 14:59', 'false-urgency'],
      ],
    },
    // going on with the page's own task in the polite imperative is a neutral decline
    'höfliche Aufforderung, weiterzumachen': {
      role: 'decline',
      honest: ['Bearbeiten Sie weiter', 'Lesen Sie weiter', 'Kaufen Sie weiter ein', 'Stöbern Sie weiter'],
      dark: [
        ['Ich esse weiter Tiefkühlpizza', 'confirmshaming'],
        ['Zahlen Sie weiter den vollen Preis', 'confirmshaming'],
        ['Lesen Sie weiter ohne Rabatt', 'confirmshaming'],
        ['Bearbeiten Sie weiter, ich zahle gern zu viel', 'confirmshaming'],
      ],
    },
  },
  fr: {
    // a noun after an article (« à la commande ») is no participle: accents folded, 'commande' reads as 'commandé'
    'un nom après un article n’est pas un achat': {
      honest: [
        'Ajouter des produits à la commande de test',
        'Ajouter une remise à la commande',
        'Joindre une note à la réservation',
      ],
      dark: [
        ['Sierra à Lyon a acheté ce sac', 'pressure'],
        ['Paul de Nantes a réservé il y a 5 minutes', 'pressure'],
        ['Marc à Paris a déjà commandé', 'pressure'],
      ],
    },
    // the payment provider's window to pay (a QR code's validity) is no offer's countdown
    'un délai de paiement': {
      honest: [
        'Ce code QR est valide pendant 14:59',
        'Vous avez 14:59 pour payer',
        'Vous avez 9 min 59 s pour effectuer le paiement',
      ],
      dark: [
        ['Ce code promo est valide pendant 14:59', 'false-urgency'],
        ['L’offre expire dans 14:59', 'false-urgency'],
        ['Plus que 14 min 59 s pour profiter de la remise', 'false-urgency'],
      ],
    },
  },
};

const dark = (text: string, options: CopyCheckOptions) =>
  checkCopy(text, options)
    .map((f) => f.rule)
    .filter((rule) => DARK.includes(rule));

for (const [locale, families] of Object.entries(FAMILIES))
  describe(`honest UI strings, ${locale}`, () => {
    for (const [name, { honest, dark: darkRows, role }] of Object.entries(families)) {
      const options: CopyCheckOptions = role ? { locale, role } : { locale };
      describe(name, () => {
        it.each(honest)('%s passes', (text) => expect(dark(text, options)).toEqual([]));
        it.each(darkRows)('%s is still %s', (text, rule) => expect(dark(text, options)).toContain(rule));
      });
    }
  });
