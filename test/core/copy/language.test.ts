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
