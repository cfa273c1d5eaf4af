/**
 * What the copy declares itself (pack.ts StatedInCopy): a deadline with its date and its reason is not false
 * urgency, a claim with its source or a count that is a condition is not pressure; urgency with a date but no
 * reason, a reason that is only more urgency, or a vague "our data" source still are. Strings written for this
 * file, not taken from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const rules = (locale: string, text: string) => checkCopy(text, { locale }).map((finding) => finding.rule);

const HONEST: [locale: string, text: string][] = [
  ['en', 'Registration closes 14 March at 6 pm, when the caterer needs final numbers.'],
  ['en', 'Last order date is Tuesday, because the kitchen closes for the holidays.'],
  ['en', 'Only 12 seats left, according to the theatre box office.'],
  ['en', 'Email me when fewer than 3 units are left'],
  ['de', 'Anmeldung nur bis 14. März, weil der Caterer dann die Zahlen braucht.'],
  ['de', 'Nur noch 12 Plätze frei, laut Veranstalter.'],
  ['de', 'Warnung anzeigen, wenn weniger als 3 Stück auf Lager sind'],
  ['es', 'Inscripción solo hasta el 14 de marzo, porque ese día cerramos el pedido al catering.'],
  ['es', 'Quedan solo 12 plazas, según la taquilla del teatro.'],
  ['es', 'Avisarme cuando queden menos de 3 unidades'],
  ['fr', "Inscription jusqu'au 14 mars seulement, car le traiteur attend nos chiffres."],
  ['fr', "Plus que 12 places, d'après la billetterie du théâtre."],
  ['fr', "M'alerter quand il reste moins de 3 articles"],
  // the visitor's own account, and urgency about no offer (a session, a link, an appointment)
  ['en', 'Only 3 seats left on your plan. Add more in Billing.'],
  ['en', 'Your session will expire in 5 minutes'],
  ['de', 'Noch 3 Plätze in deinem Tarif frei'],
  ['de', 'Ihre Sitzung läuft in 5 Minuten ab'],
  ['es', 'Quedan 3 plazas en tu plan'],
  ['es', 'Tu sesión caduca en 5 minutos'],
  ['fr', 'Plus que 3 places dans votre forfait'],
  ['fr', 'Votre session expire dans 5 minutes'],
  ['fr', 'Plus que 2 jours avant la livraison'],
  ['es', 'Faltan 2 días para la entrega'],
  ['en', 'Your cart will be saved for 7 days'],
  ['en', 'Last chance to update your payment details before your plan pauses'],
  ['de', 'Dein Warenkorb wird 7 Tage gespeichert'],
  ['fr', 'Votre panier est conservé 7 jours'],
  // session 10, de: a place where an offer holds is no end, the visitor's own trial and plan, a venue's capacity,
  // a limit with the supplier's reason
  ['de', 'Das Angebot gilt in allen Märkten.'],
  ['de', 'Der Rabatt gilt in unseren Filialen und online.'],
  ['de', 'Noch 5 Tage bis zum Ende deiner Probezeit. Danach kostet das Abo 9 € im Monat.'],
  ['de', 'In deinem Plan sind noch 4 Plätze frei.'],
  ['de', 'Die Halle fasst 300 Gäste, 40 Plätze sind noch frei.'],
  ['de', 'Höchstens 3 pro Haushalt, da der Lieferant nur wenig liefern kann.'],
];

const DARK: [locale: string, text: string, rule: string][] = [
  ['en', 'Sale ends Sunday at midnight, so hurry!', 'false-urgency'], // a date, but the "reason" is more urgency
  ['en', 'Only 3 left according to our stock', 'pressure'], // "our" names no source
  ['de', 'Nur noch heute, schnell zugreifen!', 'false-urgency'],
  ['es', 'Solo quedan 3 unidades', 'pressure'],
  ['fr', 'Offre valable jusqu’à dimanche seulement, dépêchez-vous !', 'false-urgency'],
  ['en', 'Your cart expires in 10 minutes', 'false-urgency'], // a reserved-cart timer is urgency
  ['en', 'Your cart is reserved for 10 minutes', 'false-urgency'], // reserved, not kept
  ['de', '12 Personen haben es in ihrem Warenkorb', 'pressure'], // their cart, not the visitor's
  ['es', 'Más de 500 personas lo tienen en su cesta', 'pressure'],
  ['fr', 'Plus que 2 jours pour la livraison gratuite', 'false-urgency'], // an offer's end, not a delivery
  ['de', 'Rabatt endet in wenigen Stunden', 'false-urgency'],
  ['de', 'Die Aktion endet in 2 Stunden', 'false-urgency'],
  ['de', 'Nur noch 3 Tage!', 'false-urgency'],
  ['de', 'Nur noch 40 Plätze frei!', 'pressure'],
  ['de', 'Nur noch wenige Stück, weil alle zugreifen!', 'pressure'], // a reason that is more pressure
];

describe('claims the copy states itself', () => {
  it.each(HONEST)('%s: %j passes', (locale, text) => {
    expect(rules(locale, text)).not.toContain('false-urgency');
    expect(rules(locale, text)).not.toContain('pressure');
  });
  it.each(DARK)('%s: %j is still refused', (locale, text, rule) => {
    expect(rules(locale, text)).toContain(rule);
  });
});
