/**
 * Signals that shame only together (shaming-signals.ts): modal and body copy with no role, where two families of
 * signals meet (a rhetorical "leaving?" and a loss pinned on the visitor, what smarter others do and a shrug) is
 * confirmshaming; one family alone is ordinary copy. Strings written for this file, not taken from any development
 * or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const shames = (locale: string, text: string) =>
  checkCopy(text, { locale }).some((finding) => finding.rule === 'confirmshaming');

const TWO_FAMILIES: [locale: string, text: string][] = [
  ['en', 'Wait! Your welcome points are still unused.'], // stay + loss
  ['en', 'Sure? Everyone else is already saving.'], // stay + others
  ['en', 'Fine then. Enjoy paying more.'], // mock + loss
  ['en', 'Your kids would have loved it. Not serious about their future?'], // dependant + careless
  ['de', 'Schon weg? Deine Treuepunkte bleiben dann ungenutzt.'],
  ['de', 'Wirklich? Alle anderen sparen längst.'],
  ['de', 'Na gut. Dein Hund hätte sich gefreut.'],
  ['es', '¿Ya te vas? Tus puntos se quedan sin usar.'],
  ['es', '¿En serio? Todos los demás ya ahorran.'],
  ['es', 'Vale. Tu perro merece algo mejor.'],
  ['fr', 'Déjà parti ? Vos points fidélité restent inutilisés.'],
  ['fr', 'Vraiment ? Les autres économisent déjà.'],
  ['fr', 'Tant pis. Votre chien mérite mieux.'],
  ['en', 'Walking away already? That is a bold choice.'], // stay + mock
  ['en', 'Still not convinced? Most people regret waiting.'], // stay + others + loss
  ['de', 'Oh nein, du verlässt uns? Dein Geschenk wird traurig sein.'],
  ['de', 'Immer noch nicht überzeugt? Die meisten bereuen das Warten.'],
  ['es', 'Qué pena que te vayas. Tu carrito ya te echa de menos.'],
  ['es', '¿Todavía no te convence? La mayoría se arrepiente de esperar.'],
  ['fr', 'Oh non, vous nous quittez ? Votre cadeau va être triste.'],
  ['fr', 'Toujours pas convaincu ? La plupart regrettent d’avoir attendu.'],
];

const ONE_FAMILY: [locale: string, text: string][] = [
  ['en', 'Are you sure you want to remove this address?'],
  ['en', 'Your points expire on 1 May.'],
  ['en', 'Deleting your account removes your order history forever.'],
  ['en', 'Everyone else on your team can still edit this page.'],
  ['de', 'Möchten Sie wirklich kündigen?'],
  ['de', 'Deine Treuepunkte verfallen am 1. Mai.'],
  ['es', '¿Seguro que quieres cancelar tu suscripción?'],
  ['es', 'Tus puntos caducan el 1 de mayo.'],
  ['fr', 'Voulez-vous vraiment résilier votre abonnement ?'],
  ['fr', 'Vos points expirent le 1er mai.'],
  ['en', 'Your choice has been saved.'],
  ['de', 'Schade! Dieser Artikel ist leider ausverkauft.'],
  ['es', 'La mayoría de los pedidos llegan en 48 horas.'],
  ['fr', 'Tout le monde peut s’inscrire gratuitement.'],
];

describe('confirmshaming signals: two families together', () => {
  it.each(TWO_FAMILIES)('%s: %j shames', (locale, text) => {
    expect(shames(locale, text)).toBe(true);
  });
  it.each(ONE_FAMILY)('%s: %j is ordinary copy', (locale, text) => {
    expect(shames(locale, text)).toBe(false);
  });
});

// The visitor's no named as an act (`refusal`) shames with a family that judges; with a loss or a question about
// leaving it is the honest cancellation dialog. Written for this file.
const REFUSAL_AND_JUDGEMENT: [locale: string, text: string][] = [
  ['en', "By unsubscribing, you tell our writers their work doesn't matter."], // refusal + careless
  ['en', 'Before you cancel: your old laptop will feel so neglected.'], // refusal + dependant
  ['en', 'If you decline, the shelter volunteers lose your help.'], // refusal + dependant
  ['en', 'Declining means you clearly stopped caring about your skin.'], // refusal + careless
  ['en', 'Only an amateur would turn this plan down. Just saying.'], // refusal + others + mock
  ['de', 'Wenn du kündigst, wäre dein Coach ziemlich enttäuscht.'], // refusal + dependant
  ['de', 'Das Upgrade ablehnen? Ihre Kollegen sagen danke.'], // refusal + mock
  ['de', 'Den Rabatt überspringen? Dann suchen Sie halt selbst weiter.'], // refusal + mock
  ['de', 'Du meldest dich ab? Dein Fahrrad nimmt dir das übel.'], // refusal + dependant
];

const REFUSAL_HONEST: [locale: string, text: string][] = [
  ['en', 'By cancelling, you lose access to your saved files on 1 May.'], // refusal + loss
  ['en', 'Before you cancel, download your invoices. Your data is deleted after 30 days.'],
  ['en', 'If you decline, we only set essential cookies.'],
  ['en', 'Before you cancel, remember your family plan covers 4 people.'],
  ['en', 'By declining, you confirm your choice.'],
  ['de', 'Kündigen? Ihre Daten werden nach 30 Tagen gelöscht.'],
  ['de', 'Wenn Sie kündigen, bleibt Ihr Guthaben erhalten.'],
  ['de', 'Abo kündigen? Wir sind traurig, aber Ihr Zugang bleibt bis 31. Mai.'],
  ['de', 'Newsletter abbestellen? Kein Problem, das geht mit einem Klick.'],
];

describe('confirmshaming signals: the no named as an act', () => {
  it.each(REFUSAL_AND_JUDGEMENT)('%s: %j shames', (locale, text) => {
    expect(shames(locale, text)).toBe(true);
  });
  it.each(REFUSAL_HONEST)('%s: %j is an honest dialog', (locale, text) => {
    expect(shames(locale, text)).toBe(false);
  });
});

// Body copy that shames with one construction (jab families) or two signals. Written for this file.
const BODY_JABS: [locale: string, text: string][] = [
  ['en', 'Your 10-week plan stops here, because you gave up.'],
  ['en', 'Unsubscribing now means wasting your entire head start.'],
  ['en', 'All your classmates renewed except you.'],
  ['en', 'Without alerts you will be the last to find out.'],
  ['en', 'The volunteers were counting on you.'],
  ['en', 'Seriously? That is less than one latte a month.'], // stay + mock
  ['de', 'Schade, dass Sie so schnell aufgeben.'],
  ['de', 'Alle in deiner Klasse haben verlängert – nur du nicht.'],
  ['de', 'Damit werfen Sie alles weg, was Sie gelernt haben.'],
  ['de', 'Die Helfer hatten auf Sie gezählt.'],
  ['de', 'Schon weg? Dann tippen Sie alles wieder per Hand ein.'], // stay + loss
];

const BODY_HONEST: [locale: string, text: string][] = [
  ['en', 'Everyone on your team can see this folder.'],
  ['en', 'Give up your seat? Swap with another passenger at the gate.'],
  ['en', 'We are counting on your feedback to improve the app.'],
  ['de', 'Nur du kannst dieses Passwort ändern.'],
  ['de', 'Wir zählen auf Ihr Feedback.'],
  ['de', 'Ihre Daten werden per Hand geprüft.'],
];

describe('confirmshaming in body copy: jabs and signals', () => {
  it.each(BODY_JABS)('%s: %j shames', (locale, text) => {
    expect(shames(locale, text)).toBe(true);
  });
  it.each(BODY_HONEST)('%s: %j is ordinary copy', (locale, text) => {
    expect(shames(locale, text)).toBe(false);
  });
});
