/**
 * Order-button wording that states the obligation to pay, per language (CRD art. 8(2) and its transpositions).
 * Each entry is a phrase the button's label must contain as whole words, case and punctuation ignored; an entry
 * ending in "…" needs at least one more word after it ("pay …" accepts "pay €4,800", not a bare "pay").
 * CJEU C-249/21: judged on the button's words alone, so nothing outside the label counts.
 */
export const PAYMENT_BUTTON_WORDING: Readonly<Record<'en' | 'de' | 'fr' | 'es', readonly string[]>> = {
  en: [
    'order with obligation to pay', // the CRD's own words, art. 8(2)
    'pay …', // the payment itself: "pay €4,800", the widget's own addition ("…, pay €4,800")
    'buy …', // a purchase verb states the payment: "buy now"
  ],
  de: [
    'zahlungspflichtig bestellen', // BGB §312j(3) Satz 2, the statutory words
    'kostenpflichtig bestellen', // named in the legislative materials (BT-Drs. 17/7745) as equivalent
    'zahlungspflichtigen vertrag schließen', // idem
    'zahlungspflichtigen vertrag abschließen', // idem
    'jetzt kaufen', // "kaufen" is named in the materials; "jetzt kaufen" is its usual form
    'kaufen', // idem, alone
    'kostenpflichtig abonnieren', // a subscription with the payment word, by analogy with "kostenpflichtig bestellen"
    'zahlungspflichtig abonnieren', // idem
    // Not here on purpose: "bestellen", "Bestellung abschicken", "Buchung abschließen", "weiter", "… zahlen"
    // (LG Hildesheim 6 O 156/22: "Mit PayPal bezahlen" does not state the obligation).
  ],
  fr: [
    'commande avec obligation de paiement', // Code de la consommation L221-14 al. 2, the statutory words
    'commander avec obligation de paiement', // the same words as a verb, as buttons are written
    'payer …', // the payment itself: "payer 4 800 €"
    // Not here: "valider", "continuer", "finaliser la réservation" (C-249/21 was about "complete booking").
  ],
  es: [
    'pedido con obligación de pago', // TRLGDCU art. 98.2, the statutory words
    'realizar pedido con obligación de pago', // the same with the verb buttons use
    'pagar …', // the payment itself: "pagar 4.800 €", the widget's own addition ("…, pagar 4.800 €")
    // Not here: "continuar", "confirmar", "finalizar reserva".
  ],
};

/** Lower case, letters and digits only: "Zahlungspflichtig bestellen!" → ["zahlungspflichtig", "bestellen"]. */
export const words = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The first listed phrase the label contains, or undefined. */
export function paymentPhraseIn(label: string, phrases: readonly string[]): string | undefined {
  const tokens = words(label);
  return phrases.find((phrase) => {
    const open = phrase.endsWith('…');
    const wanted = words(phrase);
    for (let i = 0; i + wanted.length <= tokens.length; i++) {
      if (!wanted.every((word, k) => tokens[i + k] === word)) continue;
      if (!open || i + wanted.length < tokens.length) return true;
    }
    return false;
  });
}
