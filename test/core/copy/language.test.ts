/** language.ts: which language's pack reads a string, told by its function words (own probes). */
import { describe, expect, it } from 'vitest';
import '../../../src/core/index.js'; // registers every pack
import { languageOfText } from '../../../src/core/copy/language.js';
import { tokenize } from '../../../src/core/copy/tokens.js';

const lang = (text: string, locale?: string) => languageOfText(tokenize(text).toks, locale);

describe('function words keep their accents', () => {
  it.each([
    // folded, French "très" was Spanish "tres" (three), "déjà" Spanish "deja", German "für" English "fur"
    ['Tirar a la basura tres cajas de cartón', 'es'],
    ['Deja la caja en la puerta', 'es'],
    ["C'est très simple, et c'est déjà payé", 'fr'],
    ['Das ist später für dich', 'de'],
    ['Fur coats and wool scarves for the winter', 'en'],
  ])('%j with no locale is %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });
  it('an accented token whose first letter is plain still counts ("für" was looked up folded only after a non-ASCII first letter)', () => {
    expect(lang('Ein Gutschein für später', 'en')).toBe('de');
  });
});

describe('a tie between two other languages is broken by the whole string (issue 9, session 14 need 1)', () => {
  it.each([
    // informal French: "tu" and "es" are Spanish function words too, but "tu es" / "es-tu" is no Spanish word order
    ['Tu es vraiment certain ?', 'fr', 'fr'],
    ['Es-tu prête pour la suite ?', 'fr', 'fr'],
    ['Es-tu prête pour la suite ?', undefined, 'fr'],
    ['Tu es sûre de vouloir quitter ?', undefined, 'fr'],
    // the same words shared by French and Spanish, told by the letters only one of them writes
    ['Définir le code de la carte', undefined, 'fr'],
    ['Sélectionner un mode de livraison', 'de', 'fr'],
    ['Tamaño de la caja', undefined, 'es'],
    // Spanish words typed with their accents are Spanish function words ("más", "aquí", "también")
    ['Más información aquí', undefined, 'es'],
    ['También en tu ciudad', 'en', 'es'],
    // frequent words only one of them has ("veuillez", "chaque", "moins"; "cada", "desde", "menos")
    ['Veuillez saisir le code', undefined, 'fr'],
    ['Moins de 3', undefined, 'fr'],
    ['Desde la app', undefined, 'es'],
    ['Silver pendant with a chain', 'en', 'en'],
    // honest negatives: Spanish "es tu" and "es" stay Spanish
    ['¿Es tu primera visita?', undefined, 'es'],
    ['Esta es tu cesta', 'fr', 'es'],
    ['El envío es gratis en pedidos grandes', undefined, 'es'],
    ['Es tu turno', 'es', 'es'],
  ])('%j with locale %s is %s', (text, locale, expected) => {
    expect(lang(text, locale)).toBe(expected);
  });
});
