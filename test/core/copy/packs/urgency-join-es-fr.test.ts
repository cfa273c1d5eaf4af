/**
 * Spanish and French false urgency, one family (session 7, es/fr-urgency-families.ts): signing up or grabbing the
 * offer before tonight, midnight or the end of the day is over. Ordering before a delivery cutoff, signing up with no
 * time and a dated deadline with its reason are not. Written for this file, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DARK_RULES = ['confirmshaming', 'false-urgency', 'pressure'];
const rules = (locale: string, text: string) => checkCopy(text, { locale, now: NOW }).map((finding) => finding.rule);

const DARK: [locale: string, text: string][] = [
  ['es', 'Apúntate antes de que acabe el día y te regalamos la matrícula'],
  ['es', 'Contrátalo antes de medianoche con un 30 % menos'],
  ['es', 'Hazte socio antes de que termine la noche'],
  ['es', 'Date de alta antes de la medianoche y llévate el router'],
  ['es', 'Píllalo antes de que acabe hoy'],
  ['es', 'Suscríbete antes de que se acabe el día: 3 meses gratis'],
  ['fr', 'Inscrivez-vous avant minuit et recevez le livre offert'],
  ['fr', 'Abonnez-vous avant ce soir : 3 mois à 1 €'],
  ['fr', 'Rejoignez-nous avant 22 h ce soir et gagnez 10 €'],
  ['fr', 'Profitez-en avant minuit'],
  ['fr', 'Souscrivez avant la fin de la journée, frais de dossier offerts'],
  ['fr', 'Abonne-toi avant la fin de la journée, premier mois gratuit'],
];

const HONEST: [locale: string, text: string][] = [
  ['es', 'Pide antes de medianoche y lo recibes mañana'],
  ['es', 'Apúntate a la lista de espera'],
  ['es', 'Date de alta en dos minutos'],
  ['es', 'Regístrate antes de que acabe el día para guardar tu progreso'],
  ['es', 'Hazte socio y disfruta de envíos gratis'],
  ['es', 'Contrata antes del 30 de junio, fecha en que cierra el plazo del ayuntamiento'],
  ['fr', 'Commandez avant 14 h, expédié le jour même'],
  ['fr', 'Inscrivez-vous à la newsletter'],
  ['fr', 'Inscrivez-vous avant le 12 mai, date à laquelle nous bouclons les groupes'],
  ['fr', 'Abonnez-vous pour recevoir nos actualités'],
  ['fr', 'Profitez de la livraison gratuite dès 50 €'],
  ['fr', 'Réservez avant minuit pour un départ demain matin'],
];

describe('es, fr: joining before the day is over', () => {
  it.each(DARK)('%s: %j is false urgency', (locale, text) => {
    expect(rules(locale, text)).toContain('false-urgency');
  });
  it.each(HONEST)('%s: %j gets no dark rule', (locale, text) => {
    expect(rules(locale, text).filter((rule) => DARK_RULES.includes(rule))).toEqual([]);
  });
});
