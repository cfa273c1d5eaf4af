/**
 * The decline grammar's honest side read by structure, not by phrase lists: a plain action label the grammar
 * has no entry for (German verb-final infinitive, French and Spanish infinitive first) and, in Spanish, the
 * visitor's own plan in a pro-drop first-person verb. And the limits of both: an action that names something
 * of value, has a subject or a modal, asks a question, or a plan that goes on "doing" something, is still
 * confirmshaming, and so is a status quo claimed fine ("fine the way it is"). Strings written for this file, not taken from any development or blind batch.
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
  // a reason linked by "but", or the time of one
  ['en', "Thanks, but I'll ask my manager first"],
  ['en', 'Later, after my holiday'],
  ['de', 'Nein, aber ich melde mich nächste Woche'],
  ['es', 'No, pero vuelvo la semana que viene'],
  ['fr', 'Non, merci bien'],
  // English actions read by their verb, and constraints said of a thing
  ['en', 'Confirm cancellation'],
  ['en', 'Book the basics only'],
  ['en', 'Later, when I get paid'],
  ['en', 'Not this time, the budget is spent'],
  ['es', 'Esta vez no, el presupuesto está agotado'],
  ['fr', 'Pas cette fois, le budget est épuisé'],
  ['fr', 'Plutôt plus tard, quand mon salaire sera tombé'],
  // going on as before with something neutral
  ['de', 'Nein, ich zahle weiter monatlich'],
  ['de', 'Nein danke, ich schaue mich weiter um'],
  ['es', 'No, sigo con mi plan actual'],
  ['es', 'No, gracias, sigo mirando'],
  ['en', 'Necessary cookies only'],
  ['en', "No, I'd rather give once"],
  ['en', 'No, standard delivery is fine'],
  ['fr', 'Cookies nécessaires uniquement'],
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
  // the status quo claimed fine, what the visitor keeps called bad, not caring about what they have
  ['en', 'No thanks, my garden is fine the way it is'],
  ['de', 'Nein danke, mein Garten ist gut so, wie er ist'],
  ['es', 'No, gracias, mi coche está bien como está'],
  ['fr', 'Non merci, mon canapé est très bien comme il est'],
  ['de', 'Nein, ich bleibe bei meinem lahmen Laptop'],
  ['fr', 'Je me fiche de mes points : résilier'],
  // an English action that names a loss or a worse state is still beyond a refusal
  ['en', 'Stay uninformed'],
  ['en', 'Keep my boring old phone'],
  ['en', 'Choose the worse option'],
  ['en', 'Keep struggling alone'],
  // going on as before with something else: the absurd alternative ("I'll go on <doing something bad>")
  ['de', 'Nein, ich esse weiter jeden Tag Nudeln mit Ketchup'],
  ['es', 'No, sigo comiendo pasta con kétchup cada día'],
  ['es', 'No, mi dinero me da igual'],
  // know-it-all, a shrug at the risk, leaving one's team in the lurch
  ['de', 'Nein, ich brauche keine Hilfe, ich weiß alles'],
  ['de', 'Weiter ohne Schutz – was soll schon passieren'],
  ['de', 'Nein, ich lasse mein Team im Stich'],
  ['es', 'Seguir sin protección, qué puede pasar'],
  ['fr', "Je n'ai pas besoin d'aide, je sais tout"],
];

describe('decline grammar: actions and plans read by their form', () => {
  it.each(HONEST)('%s: %j is a neutral refusal', (locale, text) => {
    expect(shames(locale, text)).toBe(false);
  });
  it.each(SHAMING)('%s: %j goes beyond a refusal', (locale, text) => {
    expect(shames(locale, text)).toBe(true);
  });
});
