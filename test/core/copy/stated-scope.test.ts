/**
 * `stated.notOffer` read clause by clause (issue 9, session 14 need 2): copy about no offer (a session, a sign-in link,
 * an account) is no false urgency, but a clause of it that names an offer (`stated.offer`) and does not say itself
 * that it is about no offer is urgency all the same. Own sentences, in the four languages.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/core/index.js'; // registers every pack
import { rulesFor } from './helpers.js';

const URGENT: [string, string][] = [
  ['en', 'Your session expires in 5 minutes. Sale ends tonight!'],
  ['en', 'Sale ends tonight! Your session expires in 5 minutes.'],
  ['en', 'Your login link is on its way, and the discount ends at midnight'],
  ['en', 'Last chance! Your session ends soon. Our sale ends at midnight'],
  ['de', 'Ihre Sitzung läuft in 5 Minuten ab. Der Sale endet heute Nacht!'],
  ['de', 'Dein Login-Link ist unterwegs. Das Angebot endet um Mitternacht!'],
  ['es', 'Tu sesión caduca en 5 minutos. ¡La oferta termina esta noche!'],
  ['es', 'Te enviamos el enlace de acceso. El descuento termina a medianoche.'],
  ['fr', 'Votre session expire dans 5 minutes. Les soldes se terminent ce soir !'],
  ['fr', 'Votre lien de connexion est envoyé. La promo se termine à minuit !'],
];

const NOT_AN_OFFER: [string, string][] = [
  ['en', 'Your session will expire in 5 minutes.'],
  ['en', 'Reset link sent. It expires in 1 hour.'],
  ['en', 'We sent a reset link. Check your inbox. It expires in 1 hour.'],
  ['en', 'Final notice: your account will be closed in 48 hours'],
  ['de', 'Ihre Sitzung läuft in 5 Minuten ab.'],
  ['de', 'Letzte Erinnerung: Ihr Termin ist morgen um 9 Uhr'],
  ['es', 'Tu sesión caduca en 5 minutos.'],
  ['fr', 'Votre session expire dans 5 minutes.'],
];

describe('notOffer covers the copy about no offer, not a clause that names an offer', () => {
  it.each(URGENT)('%s %j is false urgency', (locale, text) => {
    expect(rulesFor(text, { locale })).toContain('false-urgency');
  });
  it.each(NOT_AN_OFFER)('%s %j is not', (locale, text) => {
    expect(rulesFor(text, { locale })).not.toContain('false-urgency');
  });
});
