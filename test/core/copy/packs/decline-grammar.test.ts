/**
 * The decline grammar's honest side read by structure, not by phrase lists: a plain action label the grammar
 * has no entry for (German verb-final infinitive, French and Spanish infinitive first) and, in Spanish, the
 * visitor's own plan in a pro-drop first-person verb. And the limits of both: an action that names something
 * of value, has a subject or a modal, asks a question, or a plan that goes on "doing" something, is still
 * confirmshaming. Strings written for this file, not taken from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const shames = (locale: string, text: string) =>
  checkCopy(text, { locale, role: 'decline' }).some((finding) => finding.rule === 'confirmshaming');

const HONEST: [locale: string, text: string][] = [
  ['de', 'Rechnung herunterladen'],
  ['de', 'Konto löschen'],
  ['de', 'Lieferung pausieren'],
  ['de', 'Termin verschieben'],
  ['de', 'Auf Basis zurückstufen'], // the verb's compound head ("Stufe") is not a thing the visitor owns
  ['fr', 'Supprimer mon compte'],
  ['fr', 'Reporter la livraison'],
  ['fr', 'Ne plus afficher ce message'],
  ['fr', 'Me le rappeler demain'],
  ['fr', 'Télécharger la facture'],
  ['es', 'Eliminar mi cuenta'],
  ['es', 'Recordármelo mañana'],
  ['es', 'Pausar la suscripción'],
  ['es', 'Descargar la factura'],
  ['es', 'No, pagaré en la tienda'],
  ['es', 'No, vengo a recogerlo en persona'],
];

const SHAMING: [locale: string, text: string][] = [
  ['de', 'Auf meinen Rabatt verzichten'], // a thing of value
  ['de', 'Bonus liegen lassen'],
  ['de', 'Lieber weiter Geld verschwenden'], // a preference, not an action
  ['de', 'Nein, sollen sich andere drum kümmern'], // a modal: a sentence about others
  ['de', 'Besser schlafen lernen? Nein'], // a comparative of value, asked
  ['fr', 'Renoncer à ma remise'],
  ['fr', 'Mieux dormir ? Non'],
  ['fr', 'Gaspiller mon argent'],
  ['es', 'Renunciar a mi descuento'],
  ['es', '¿Proteger a tu familia? Paso'], // an action in a question, then a refusal
  ['es', 'No, sigo pagando de más'], // "I go on doing …": a gerund makes the plan the absurd alternative
  ['es', 'No, regalo mi descuento'], // the visitor's "plan" gives away a thing of value
  ['es', 'No, tiro mi dinero'],
];

describe('decline grammar: actions and plans read by their form', () => {
  it.each(HONEST)('%s: %j is a neutral refusal', (locale, text) => {
    expect(shames(locale, text)).toBe(false);
  });
  it.each(SHAMING)('%s: %j goes beyond a refusal', (locale, text) => {
    expect(shames(locale, text)).toBe(true);
  });
});
