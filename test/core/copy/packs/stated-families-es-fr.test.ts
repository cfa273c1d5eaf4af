/**
 * Spanish and French deadlines whose reason is a third party's calendar (session 7, es/fr-stated.ts): a carrier's
 * last collection or delivery day, a date fixed by law or an authority. With the date and that reason the copy is
 * no false urgency; the same date with a promotion's "last day" or a hurry still is. Written for this file, not
 * taken from any development set or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const rules = (locale: string, text: string) => checkCopy(text, { locale, now: NOW }).map((finding) => finding.rule);

const HONEST: [locale: string, text: string][] = [
  ['es', 'Haz tu pedido antes del 18 de diciembre: es el último día de envío de la mensajería.'],
  ['es', 'Pide antes del jueves a las 14:00, último día de recogida del transportista.'],
  ['es', 'Pedidos hasta el 20 de diciembre (último día de reparto de la paquetería).'],
  ['es', 'Las rebajas acaban el martes 31 de enero, fecha marcada por la ley.'],
  ['es', 'Entregas hasta el viernes 22 de diciembre, última recogida de la agencia.'],
  ['es', 'Solicitudes hasta el lunes 2 de septiembre, fecha establecida por el ministerio.'],
  ['fr', "Commandez avant le 18 décembre : dernier jour d'expédition du transporteur."],
  ['fr', 'Commandez avant jeudi 14 h, dernier jour de ramassage par La Poste.'],
  ['fr', 'Livraisons avant Noël : commandez avant le 20 décembre, dernière expédition du livreur.'],
  ['fr', 'Les soldes se terminent le mardi 25 juillet, date fixée par arrêté.'],
  ['fr', 'Dernière collecte du transporteur le vendredi 22 décembre à 12 h.'],
  ['fr', 'Dossiers à déposer avant le lundi 3 juin, date imposée par la loi.'],
];

const DARK: [locale: string, text: string][] = [
  ['es', 'Pide antes del 18 de diciembre, ¡es el último día de la oferta!'],
  ['es', 'Rebajas hasta el 31 de enero, ¡no te las pierdas!'],
  ['es', 'Último día: 2 de marzo, corre'],
  ['fr', 'Commandez avant le 18 décembre, dernier jour de la promo !'],
  ['fr', "Soldes jusqu'au 25 juillet, foncez !"],
  ['fr', 'Dernier jour : mardi 25 juillet, ne traînez pas'],
];

describe('es, fr: a deadline set by a third party', () => {
  it.each(HONEST)('%s: %j is no false urgency', (locale, text) => {
    expect(rules(locale, text)).not.toContain('false-urgency');
  });
  it.each(DARK)('%s: %j is still false urgency', (locale, text) => {
    expect(rules(locale, text)).toContain('false-urgency');
  });
});
