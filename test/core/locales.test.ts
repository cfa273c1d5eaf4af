import { describe, expect, it } from 'vitest';
import { EN_STRINGS, fill, type StringKey } from '../../src/core/strings.js';
import { DE_STRINGS, ES_STRINGS, LOCALE_STRINGS, primaryLanguage, stringsFor } from '../../src/core/locales/all.js';

const KEYS = Object.keys(EN_STRINGS).sort() as StringKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['de', DE_STRINGS],
  ['es', ES_STRINGS],
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
    ['en', EN_STRINGS],
    ['en-GB', EN_STRINGS],
  ] as const)('%s → matching table', (lang, table) => {
    expect(stringsFor(lang)).toEqual(table);
  });

  it.each(['fr', 'fr-CA', 'dsb', 'deu', 'est', '', '  ', 'constructor', '__proto__', 'toString'])(
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

  it('ships en, de and es', () => {
    expect(Object.keys(LOCALE_STRINGS).sort()).toEqual(['de', 'en', 'es']);
  });

  it('primaryLanguage takes the first subtag only', () => {
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage(' ES-es ')).toBe('es');
  });
});
