/**
 * Copy of no role that is a decline label all the same (decline-label.ts): a crawled decline link, a button whose
 * role nobody declared. Its shape says so — short, opening with a refusal, going on after a break or a join or in
 * the visitor's voice — and then the decline grammar reads it. The page's own copy that opens with the same words
 * (navigation, consent, admin, help text, answers) is not read that way. Strings written for this file, not taken
 * from any development or blind batch; honest-labels/*.csv are 150+ honest label-like strings per language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/index.js';
import { readCsvRecords } from '../../../bench/csv.js';
import { DARK_RULES } from './helpers.js';

const found = (locale: string, text: string) => checkCopy(text, { locale }).map((finding) => finding.rule);

const SHAMING: [locale: string, family: string, text: string][] = [
  ['en', 'a one-word refusal, a break, then a jab', 'Nope, fresh vegetables scare me'],
  ['en', 'a one-word refusal, a break, then a jab', 'Skip — healthy habits are for other people'],
  ['en', 'a one-word refusal, a break, then a jab', 'Dismiss, who needs a tidy inbox anyway'],
  ['en', 'a one-word refusal, a break, then a jab', "Close — I'll stay confused about taxes"],
  ['en', 'a one-word refusal, a break, then a jab', 'Skip, my plants can die, whatever'],
  ['en', 'a refusing verb joined to a loss', 'Cancel and give up my saved playlists'],
  ['en', 'a refusing verb joined to a loss', 'Skip and stay clueless about my credit score'],
  ['en', 'a refusing verb joined to a loss', 'Decline and go back to messy spreadsheets'],
  ['en', 'a refusing verb joined to a loss', 'Unsubscribe and stay out of the loop'],
  ['en', 'a refusing verb joined to a loss', 'Close and keep wasting my weekends'],
  ['en', 'a refusal of something the visitor has', 'Leave without my welcome voucher'],
  ['en', 'a refusal of something the visitor has', 'Ignore my birthday reward'],
  ['en', 'a refusal of something the visitor has', 'Forfeit my free month'],
  ['en', 'a refusal of something the visitor has', 'Abandon my saved discount'],
  ['en', 'a refusal of something the visitor has', 'Throw away my bonus miles'],
  ['de', 'a one-word refusal, a break, then a jab', 'Nö, gesundes Essen ist nichts für mich'],
  ['de', 'a one-word refusal, a break, then a jab', 'Schließen – Sparen ist was für Streber'],
  ['de', 'a one-word refusal, a break, then a jab', 'Überspringen, ich mag Chaos'],
  ['de', 'a refusing verb joined to a loss', 'Abbrechen und mein Punktekonto verlieren'],
  ['de', 'a refusing verb joined to a loss', 'Kündigen und weiter im Dunkeln tappen'],
  ['de', 'a refusing verb joined to a loss', 'Ablehnen und weiter zu viel zahlen'],
  ['de', 'a refusing verb joined to a loss', 'Schließen und den Bonus verschenken'],
  ['de', 'giving up something, verb last', 'Meinen Geburtstagsgutschein verfallen lassen'],
  ['de', 'giving up something, verb last', 'Auf meine Prämie pfeifen'],
  ['de', 'giving up something, verb last', 'Den Neukundenrabatt sausen lassen'],
  ['de', 'giving up something, verb last', 'Auf meinen Willkommensbonus verzichten'],
  ['es', 'a one-word refusal, a break, then a jab', 'Paso, lo sano es aburrido'],
  ['es', 'a one-word refusal, a break, then a jab', 'Cerrar, que ahorre otro'],
  ['es', 'a one-word refusal, a break, then a jab', 'Omitir — los expertos no saben nada'],
  ['es', 'a refusing verb joined to a loss', 'Rechazar y seguir pagando de más'],
  ['es', 'a refusing verb joined to a loss', 'Cerrar y perder mi regalo'],
  ['es', 'a refusing verb joined to a loss', 'Omitir y quedarme sin protección'],
  ['es', 'a refusing verb joined to a loss', 'Salir y olvidar mis puntos'],
  ['es', 'a refusing verb joined to a loss', 'Cancelar y tirar mi progreso'],
  ['es', 'a refusal of something the visitor has', 'Renunciar a mi bono de bienvenida'],
  ['es', 'a refusal of something the visitor has', 'Perder mi descuento de socio'],
  ['es', 'a refusal of something the visitor has', 'Tirar mis puntos a la basura'],
  ['es', 'a refusal of something the visitor has', 'Ignorar mi regalo de aniversario'],
  ['es', 'a refusal of something the visitor has', 'Desaprovechar mi envío gratis'],
  // the visitor's own voice in a pronoun attached to the verb (es selfEndings)
  ['es', 'a refusal of something the visitor has', 'Salir sin llevarme el regalo'],
  ['es', 'a refusal of something the visitor has', 'Cerrar sin apuntarme al club de ventajas'],
  ['fr', 'a one-word refusal, a break, then a jab', "Bof, manger sain c'est pour les autres"],
  ['fr', 'a one-word refusal, a break, then a jab', 'Fermer, je préfère rester perdu'],
  ['fr', 'a one-word refusal, a break, then a jab', "Passer — l'épargne c'est pour les radins"],
  ['fr', 'a refusing verb joined to a loss', 'Refuser et continuer à payer trop cher'],
  ['fr', 'a refusing verb joined to a loss', 'Fermer et perdre mon cadeau'],
  ['fr', 'a refusing verb joined to a loss', 'Quitter et renoncer à mes avantages'],
  ['fr', 'a refusing verb joined to a loss', 'Ignorer et rater la remise'],
  ['fr', 'a refusal of something the visitor has', 'Renoncer à mon bonus de bienvenue'],
  ['fr', 'a refusal of something the visitor has', 'Laisser tomber mes points fidélité'],
  ['fr', 'a refusal of something the visitor has', 'Jeter mon bon de réduction'],
  ['fr', 'a refusal of something the visitor has', "Oublier ma remise d'anniversaire"],
  ['fr', 'a refusal of something the visitor has', 'Perdre mon cadeau de bienvenue'],
  ['en', 'a good asked about, then refused', 'Healthy skin? Nope'],
  ['en', 'a good asked about, then refused', 'Better sleep? No thanks'],
  ['de', 'a good asked about, then refused', 'Gesunder Schlaf? Nein danke'],
  ['es', 'a good asked about, then refused', '¿Ahorrar en la luz? Paso'],
  ['es', 'a good asked about, then refused', '¿Envío gratis? No, gracias'],
  ['fr', 'a good asked about, then refused', 'Des cadeaux ? Bof'],
  ['en', 'giving up a thing of value', 'Miss out on the savings'],
  ['es', 'giving up a thing of value', 'Dejar escapar el descuento'],
  ['es', 'giving up a thing of value', 'Desaprovechar la oferta de socio'],
  ['fr', 'giving up a thing of value', 'Rater les soldes'],
  ['fr', 'giving up a thing of value', 'Laisser filer la remise'],
  ['de', 'the visitor saying no in the first person', 'Ich bleibe bei meinem lahmen Router'],
  ['de', 'the visitor saying no in the first person', 'Ich bleibe beim überteuerten Tarif'],
  ['de', 'the visitor saying no in the first person', 'Ich behalte meine chaotische Ablage'],
  ['fr', 'the visitor saying no in the first person', 'Je reste avec ma connexion qui rame'],
  ['en', 'the visitor saying no in the first person', "I'll keep my slow old laptop"],
  [
    'fr',
    'the visitor saying no in the first person, at length',
    'Je reste avec mon vieux forfait qui rame, tant pis pour moi',
  ],
  ['en', 'a plain action, a break, then a jab', 'Pay yearly, numbers scare me'],
  ['de', 'a plain action, a break, then a jab', 'Jahresabo behalten, Mathe war noch nie meins'],
  ['es', 'a plain action, a break, then a jab', 'Pagar cada mes, los números no son lo mío'],
  ['fr', 'a plain action, a break, then a jab', 'Payer chaque mois, je suis nul en calcul'],
  ['en', "the visitor's own alternative, a worse one", "I'd rather stay broke"],
  ['de', "the visitor's own alternative, a worse one", 'Ich spiele lieber weiter allein'],
  ['es', "the visitor's own alternative, a worse one", 'Prefiero seguir perdiendo clientes'],
];

const HONEST: [locale: string, text: string][] = [
  ['en', "Skip, I'll do it later"],
  ['en', 'Cancel and get a refund'],
  ['en', 'Close and return to the shop'],
  ['en', 'Leave without saving my changes'],
  ['en', 'Decline and continue to checkout'],
  ['en', 'No, the delivery is free'],
  ['en', 'Skip to my orders'],
  ['en', 'Cancel anytime in your account'],
  ['en', "Dismiss — I've read it"],
  ['en', 'Ignore my last message'],
  ['en', 'Stop, I changed my mind'],
  ['en', "Skip — we'll do it during onboarding"],
  ['en', 'Skip, you can add this later'],
  ['en', 'Opt out of the sale of my personal information'],
  ['en', 'Leave my basket as it is'],
  ['de', 'Überspringen, ich mache das morgen'],
  ['de', 'Abbrechen und zurück zur Übersicht'],
  ['de', 'Nein, die Lieferung ist kostenlos'],
  ['de', 'Schließen – du findest das später im Menü'],
  ['de', 'Auf die Geschenkverpackung verzichten'],
  ['de', 'Verzichten und weiter'],
  ['de', 'Nicht verpassen'],
  ['de', 'Dieses Gerät vergessen'],
  ['de', 'Meine Bestellung stornieren'],
  ['de', 'Meinen Termin absagen'],
  ['es', 'Omitir, lo haré mañana'],
  ['es', 'Cancelar y volver al inicio'],
  ['es', 'No, el envío es gratis'],
  ['es', 'Omitir: puedes hacerlo luego'],
  ['es', 'Renunciar al papel de regalo'],
  ['es', 'Renunciar y seguir'],
  ['es', 'No compartir mi ubicación'],
  ['es', 'Cerrar mi sesión'],
  ['es', 'Salir sin guardar mis cambios'],
  ['es', 'Ignorar este aviso'],
  ['es', 'Cerrar sin llevarme nada'],
  ['es', 'Omitir, prefiero apuntarme luego'],
  ['fr', 'Passer, je le ferai demain'],
  ['fr', "Annuler et revenir à l'accueil"],
  ['fr', 'Non, la livraison est gratuite'],
  ['fr', 'Fermer — vous retrouverez ceci dans le menu'],
  ['fr', 'Renoncer et continuer'],
  ['fr', 'Ne pas partager ma position'],
  ['fr', 'Fermer ma session'],
  ['fr', 'Quitter sans enregistrer mes modifications'],
  ['fr', 'Ignorer cet avertissement'],
  ['en', 'Wrong size? Return it for free'],
  ['en', 'Not sure? Skip for now'],
  ['en', 'Questions? No problem'],
  ['en', 'Free shipping? No, orders under £20 pay £3.95'],
  ['en', 'Throw away the receipt'],
  ['en', 'Miss out on nothing: get alerts'],
  ['de', 'Alte Dateien wegwerfen'],
  ['es', 'Dejar escapar el vapor'],
  ['es', 'Renunciar al seguro'],
  ['fr', 'Laisser passer le bus'],
  ['fr', "Renoncer à l'assurance"],
  ['en', "I'll keep my current plan"],
  ['en', "I'll stay on the free plan for now"],
  ['de', 'Ich bleibe beim Basistarif'],
  ['de', 'Ich behalte mein aktuelles Paket'],
  ['fr', 'Je garde mon forfait actuel'],
  ['fr', "Je reste sur l'offre gratuite"],
  ['fr', 'Je passe, merci'],
  ['es', 'Me quedo con el plan básico'],
  ['en', 'I keep coming back for the coffee'],
  ['de', 'Ich bleibe Kunde, weil der Service stimmt'],
  // the visitor's own plain alternative, a plain action and its reason, an action's own note
  ['en', "I'd rather pay monthly"],
  ['en', "I'd rather not say"],
  ['en', "Pay monthly, I'm between jobs"],
  ['en', 'Delete account — this cannot be undone'],
  ['de', 'Ich warte lieber auf das nächste Modell'],
  ['de', 'Basistarif behalten – reicht mir völlig'],
  ['de', 'Bestellung stornieren, ich habe mich vertan'],
  ['es', 'Prefiero pagar cada mes'],
  ['es', 'Prefiero no decirlo'],
  ['es', 'Seguir en el plan básico por ahora'],
  ['es', 'Eliminar cuenta (no se puede deshacer)'],
  ['fr', 'Je préfère payer chaque mois'],
  ['fr', 'Je préfère ne pas répondre'],
  ['fr', 'Supprimer le compte (irréversible)'],
  ['fr', "J'adore la rapidité de la livraison"],
  // a status by its participle, two sentences, an acronym read as no "I'd"
  ['en', 'Skipped (Timeout)'],
  ['en', 'Buy now. Pay later.'],
  ['en', 'SAML IdP sign-in failure'],
];

/** Honest strings of the CSV sets flagged today by other rules (a pack's shapes), not by the decline reading. */
const KNOWN: Record<string, readonly string[]> = {
  en: ['Closes at 6 pm today'], // false-urgency: opening hours read as a deadline
  de: [],
  es: [],
  fr: [],
};

describe('no role: decline labels told by their shape', () => {
  it.each(SHAMING)('%s (%s): %j is a decline label that shames', (locale, _family, text) => {
    expect(found(locale, text)).toContain('confirmshaming');
  });
  it.each(HONEST)('%s: %j is no shaming label', (locale, text) => {
    expect(found(locale, text)).not.toContain('confirmshaming');
  });
});

/** An add-on declined with the plain verb of giving it up: a decline label, and a neutral one. */
describe("decline labels: a label opener is read as the grammar's own refusing verb", () => {
  it('es: "Renunciar al seguro" is a neutral refusal as a decline label', () => {
    expect(checkCopy('Renunciar al seguro', { locale: 'es', role: 'decline' }).map((f) => f.rule)).not.toContain(
      'confirmshaming',
    );
  });
});

describe.each(['en', 'de', 'es', 'fr'])('no role: honest label-like strings (honest-labels/%s.csv)', (locale) => {
  const rows = readCsvRecords(readFileSync(new URL(`./honest-labels/${locale}.csv`, import.meta.url), 'utf8'));
  it('has at least 150 strings', () => expect(rows.length).toBeGreaterThanOrEqual(150));
  it('flags none of them, but the known ones', () => {
    const flagged = rows
      .map((row) => row.text ?? '')
      .filter((text) => found(locale, text).some((rule) => DARK_RULES.includes(rule)));
    expect(flagged).toEqual(KNOWN[locale]);
  });
});
