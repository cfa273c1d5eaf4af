/** reading-level per language: each pack measures with its own formula and says which, with its bound. */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';

const level = (locale: string, text: string) =>
  checkCopy(text, { locale } as CopyCheckOptions).find((finding) => finding.rule === 'reading-level');

describe('reading-level with each language’s formula', () => {
  it.each([
    [
      'de',
      'Die Inanspruchnahme der Dienstleistung setzt die vorherige Zustimmung zu den Allgemeinen Geschäftsbedingungen sowie die Anerkennung der Datenschutzbestimmungen voraus, die Sie jederzeit einsehen können.',
      /Flesch–Amstad.*60 or above/,
    ],
    [
      'fr',
      "Conformément aux dispositions réglementaires applicables, l'utilisateur reconnaît expressément que la résiliation anticipée de l'abonnement entraîne l'exigibilité immédiate de l'intégralité des mensualités restantes.",
      /Kandel–Moles.*60 or above/,
    ],
    [
      'es',
      'La formalización del presente contrato implica la aceptación incondicionada de las condiciones generales, así como la autorización expresa para el tratamiento automatizado de los datos personales facilitados.',
      /Szigriszt-Pazos.*55 or above/,
    ],
  ])('%s: warns about hard copy, naming the formula and its bound', (locale, text, message) => {
    expect(level(locale, text)?.message).toMatch(message);
  });

  it.each([
    [
      'de',
      'Sie können jederzeit kündigen. Wir löschen Ihre Daten nach sieben Tagen. Das Abo kostet acht Euro im Monat.',
    ],
    [
      'fr',
      "Vous pouvez arrêter à tout moment. Nous supprimons vos données sous sept jours. L'abonnement coûte huit euros par mois.",
    ],
    ['es', 'Puede cancelar cuando quiera. Borramos sus datos en siete días. La cuota cuesta ocho euros al mes.'],
  ])('%s: accepts plain copy', (locale, text) => {
    expect(level(locale, text)).toBeUndefined();
  });
});
