/**
 * copyLanguagesIn: which languages' packs an offer's copy needs, told as the copy checks tell a string's
 * language (language.ts), so a page that loads them validates as Node does.
 */
import { describe, expect, it } from 'vitest';
import { copyLanguagesIn } from '../../src/core/copy-languages.js';
import { checkCopy } from '../../src/core/copy/check-copy.js';
import { copyPackFor } from '../../src/core/copy/pack-registry.js';
import { FUNCTION_WORDS } from '../../src/core/copy/function-words.js';
import { PACKS } from '../../src/core/copy/packs/all.js';
import german from '../../examples/offers/subscription-de.json';

const germanWith = (declineLabel: string) => ({ ...structuredClone(german), declineLabel });

describe('copyLanguagesIn', () => {
  it('a plain German offer needs the German pack only (its jurisdiction codes are not copy)', () => {
    expect(copyLanguagesIn(german)).toEqual(['de']);
  });

  it('a Spanish line in a German offer needs the Spanish pack too', () => {
    expect(copyLanguagesIn(germanWith('No, gracias, no quiero ahorrar nada')).sort()).toEqual(['de', 'es']);
  });

  it('an English label in a German offer needs the English and the German packs', () => {
    expect(copyLanguagesIn(germanWith('No thanks, I will decide later')).sort()).toEqual(['de', 'en']);
  });

  it('text with no function words is read in the offer’s language (English without a locale)', () => {
    expect(copyLanguagesIn({ locale: 'es-MX', decision: 'Stride 2026', full: { title: 'Pilot' } })).toEqual(['es']);
    expect(copyLanguagesIn({ locale: 'fr', decision: 'Stride' })).toEqual(['fr']);
    expect(copyLanguagesIn({ decision: 'Stride 2026' })).toEqual(['en']);
  });

  it('a language without a pack is not listed (its copy is unchecked whatever loads)', () => {
    expect(copyLanguagesIn({ locale: 'it', decision: 'Stride 2026' })).toEqual([]);
    expect(copyLanguagesIn({ locale: 'it', decision: 'Stride', declineLabel: 'No thanks, not now' })).toEqual(['en']);
  });

  it('needs nothing for input that is no offer object (validateOffer refuses it unread)', () => {
    expect(copyLanguagesIn(null)).toEqual([]);
    expect(copyLanguagesIn('Nein danke')).toEqual([]);
    expect(copyLanguagesIn(['Nein danke'])).toEqual([]);
  });

  it('copy whose pack is not loaded is unchecked, naming its own language, and never read by another pack', () => {
    // this file registers no pack but English (as a page before it loads one)
    expect(copyPackFor('es')).toBe(undefined);
    const findings = checkCopy('No gracias, no me importa perder mi descuento', { role: 'decline', locale: 'de-DE' });
    expect(findings.map((f) => f.rule)).toEqual(['copy-language-unchecked']);
    expect(findings[0]!.message).toMatch(/^Copy in Spanish/);
  });

  it('each pack names its language by the function words every page has (one source), for every pack language', () => {
    expect(PACKS.map((pack) => pack.lang).sort()).toEqual(Object.keys(FUNCTION_WORDS).sort());
    for (const pack of PACKS) expect(pack.functionWords, pack.lang).toBe(FUNCTION_WORDS[pack.lang as 'en']);
  });
});
