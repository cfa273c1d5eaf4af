import { describe, expect, it, vi } from 'vitest';
import { EN_STRINGS, fill, type StringKey } from '../../src/core/strings.js';
import {
  DE_STRINGS,
  ES_STRINGS,
  FR_STRINGS,
  LOCALE_STRINGS,
  primaryLanguage,
  stringsFor,
} from '../../src/core/locales/all.js';

const KEYS = Object.keys(EN_STRINGS).sort() as StringKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['de', DE_STRINGS],
  ['es', ES_STRINGS],
  ['fr', FR_STRINGS],
])('%s strings', (_lang, table) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(table).sort()).toEqual(KEYS);
  });

  it.each(KEYS)('%s: non-empty and keeps the English placeholders', (key) => {
    expect(table[key].trim()).not.toBe('');
    expect(placeholders(table[key])).toEqual(placeholders(EN_STRINGS[key]));
  });

  it('is actually translated (only a few words may equal English)', () => {
    const same = KEYS.filter((k) => table[k] === EN_STRINGS[k]);
    // Loan words such as "Budget" or "Administrator" may legitimately match; a copied table would not.
    expect(same.length).toBeLessThanOrEqual(3);
  });

  it('fills placeholders like English does', () => {
    const out = fill(table.chosenHeading, { title: 'Pilot X' });
    expect(out).toContain('Pilot X');
    expect(out).not.toMatch(/\{\w+\}/);
  });
});

describe('stringsFor', () => {
  it.each([
    ['de', DE_STRINGS],
    ['de-DE', DE_STRINGS],
    ['de-CH', DE_STRINGS],
    ['DE-at', DE_STRINGS],
    ['de_AT', DE_STRINGS],
    ['es', ES_STRINGS],
    ['es-419', ES_STRINGS],
    ['es-MX', ES_STRINGS],
    ['fr', FR_STRINGS],
    ['fr-FR', FR_STRINGS],
    ['fr-CA', FR_STRINGS],
    ['FR_be', FR_STRINGS],
    ['en', EN_STRINGS],
    ['en-GB', EN_STRINGS],
  ] as const)('%s → matching table', (lang, table) => {
    expect(stringsFor(lang)).toEqual(table);
  });

  it.each(['it', 'pt-BR', 'fra', 'dsb', 'deu', 'est', '', '  ', 'constructor', '__proto__', 'toString'])(
    'falls back to English for %j',
    (lang) => {
      expect(stringsFor(lang)).toEqual(EN_STRINGS);
    },
  );

  it('falls back to English for null and undefined', () => {
    expect(stringsFor(null)).toEqual(EN_STRINGS);
    expect(stringsFor(undefined)).toEqual(EN_STRINGS);
  });

  it('returns a copy: mutating it leaves the shipped tables alone', () => {
    const s = stringsFor('de');
    s.stop = 'changed';
    expect(DE_STRINGS.stop).toBe('Jetzt nicht');
    expect(stringsFor('de').stop).toBe('Jetzt nicht');
  });

  it('ships en, de, es and fr', () => {
    expect(Object.keys(LOCALE_STRINGS).sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('primaryLanguage takes the first subtag only', () => {
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage(' ES-es ')).toBe('es');
  });
});

// French typography (Imprimerie nationale): a no-break space before « : », inside « », and a narrow one before ; ! ?
// (a plain space there lets the line break before the sign), and the typographic apostrophe ’ throughout, like the
// French copy pack and the French legal words.
describe('fr strings: French typography', () => {
  const frKeys = KEYS.filter((key) => key !== 'invalidJson'); // quotes the HTML `<script type="…">` verbatim

  it.each(frKeys)('%s: no-break spaces around : ; ! ? « », typographic apostrophe', (key) => {
    const text = FR_STRINGS[key];
    expect(text, 'a plain or missing space before : ; ! ? or »').not.toMatch(/(?:[^\u00a0\u202f][:;!?»])|^[:;!?»]/u);
    expect(text, 'a plain or missing space after «').not.toMatch(/«[^\u00a0\u202f]/u);
    expect(text, 'a straight apostrophe').not.toContain("'");
    expect(text, 'English-style quotes').not.toMatch(/["“”]/u);
  });

  it('uses the narrow no-break space before ; ! ? and the full one before :', () => {
    expect(FR_STRINGS.constraintQuestion).toBe('Qu’est-ce qui vous a freiné\u202f?');
    expect(FR_STRINGS.chosenHeading).toBe('Votre choix\u00a0: {title}');
    expect(fill(FR_STRINGS.formRequired, { stop: FR_STRINGS.stop })).toBe(
      'Choisissez une option ou «\u00a0Pas maintenant\u00a0».',
    );
  });

  it('refuses neutrally, and the decline says where it leads', () => {
    expect(FR_STRINGS.stop).toBe('Pas maintenant');
    expect(FR_STRINGS.decline).toMatch(/^Voir une option /u);
    expect(FR_STRINGS.decline).toContain(FR_STRINGS.smallerOption.toLowerCase());
  });
});

describe('loadStrings: each language on demand', () => {
  it.each([
    ['de', 'Jetzt nicht'],
    ['es-ES', 'Ahora no'],
    ['fr-CA', 'Pas maintenant'],
  ])('%s: not ready before, its own strings after', async (lang, stop) => {
    vi.resetModules(); // a fresh registry: only English registered, as in the browser's first paint
    const registry = await import('../../src/core/locales/index.js');
    expect(registry.hasStringsFor(lang)).toBe(false);
    expect(registry.stringsFor(lang).stop).toBe('Not now');
    await registry.loadStrings(lang);
    expect(registry.hasStringsFor(lang)).toBe(true);
    expect(registry.stringsFor(lang).stop).toBe(stop);
  });

  it('lists every shipped language as loadable', async () => {
    const { STRING_LANGUAGES } = await import('../../src/core/locales/index.js');
    expect([...STRING_LANGUAGES].sort()).toEqual(Object.keys(LOCALE_STRINGS).sort());
  });
});
