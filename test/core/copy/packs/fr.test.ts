/**
 * The French pack, table-driven: dark copy that must be refused, and honest copy (neutral refusals with and
 * without the visitor's own reason, real deadlines, capacities with a source, prices, checkout and consent
 * strings) that must pass. Typographic apostrophes and quotes (’ « ») are written as shops write them.
 * Written from the language, not from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { languageOfText } from '../../../../src/core/copy/language.js';
import { tokenize } from '../../../../src/core/copy/tokens.js';
import * as tables from './copy-fr.js';
import { describePack } from './pack-suite.js';

describePack({
  name: 'French',
  locale: 'fr',
  tables,
  sourcedClaim: { text: 'Plus que 3 places', source: 'Réservations, salle de 12' },
});

/**
 * "mes" is French (my) and Spanish (month): counted for both, so it never makes Spanish copy French on its own, and
 * French copy is still told French by its other function words (mixed-language copy is read by both packs).
 */
describe('French function words: "mes" is Spanish too', () => {
  const lang = (text: string, locale: string) => languageOfText(tokenize(text).toks, locale);
  it.each([
    ['Un mes', 'es'],
    ['2 mes de prueba', 'es'],
    ['Cancela cuando quieras, el primer mes', 'es'],
    ['Se paga al mes', 'fr'],
  ])('Spanish %j under locale %s is Spanish', (text, locale) => {
    expect(lang(text, locale)).toBe('es');
  });
  it.each([
    ['Mes commandes', 'fr'],
    ['Perdre mes points', 'fr'],
    ['Non merci, je garde mes points', 'en'],
    ['Non merci, je garde mes points', 'es'],
    ['Vos avantages et mes conseils', 'de'],
  ])('French %j under locale %s is French', (text, locale) => {
    expect(lang(text, locale)).toBe('fr');
  });
});
