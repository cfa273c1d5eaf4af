/** The pack registry and the locale plumbing: which pack reads a string, and never a silent pass. */
import { describe, expect, it } from 'vitest';
import {
  copyPackFor,
  loadCopyPack,
  primaryLanguage,
  registerCopyPack,
  registeredCopyPacks,
} from '../../../src/core/copy/pack-registry.js';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { compileWholePack } from '../../../src/core/copy/compiled-pack.js';
import { PACKS } from '../../../src/core/copy/packs/all.js';
import { rulesFor } from './helpers.js';

describe('pack registry', () => {
  it.each([
    ['de-AT', 'de'],
    ['DE', 'de'],
    ['pt_BR', 'pt'],
    ['es-419', 'es'],
    ['', ''],
    [undefined, ''],
    ['x', ''],
  ])('the primary language of %j is %j', (tag, lang) => {
    expect(primaryLanguage(tag)).toBe(lang);
  });

  it('has English registered statically, and finds a pack by any BCP 47 tag of its language', () => {
    expect(copyPackFor('en-GB')?.lang).toBe('en');
    expect(registeredCopyPacks().some((p) => p.lang === 'en')).toBe(true);
  });

  it('loads each language pack on demand and registers it; no pack for a language without one', async () => {
    for (const lang of ['de', 'es', 'fr']) {
      const pack = await loadCopyPack(`${lang}-XX`);
      expect(pack?.lang).toBe(lang);
      expect(copyPackFor(lang)).toBe(pack);
    }
    expect(await loadCopyPack('it')).toBeUndefined();
  });

  it('compiles every pack: all shapes parse and every class they name exists', () => {
    for (const pack of PACKS) expect(() => compileWholePack(pack), pack.lang).not.toThrow();
  });

  it('a shape that is not in the shape language throws, naming the shape', () => {
    const broken = { ...PACKS[0]!, lang: 'xx', urgency: ['( last chance'] };
    expect(() => compileWholePack(broken)).toThrow(/shape "\( last chance"/);
    expect(() => compileWholePack({ ...PACKS[0]!, lang: 'xy', urgency: ['@nowhere'] })).toThrow(/@nowhere/);
    // shapes that open with plain words are parsed when first needed, but a whole compile parses them all
    expect(() => compileWholePack({ ...PACKS[0]!, lang: 'xy', pressure: ['last ( chance'] })).toThrow(
      /shape "last \( chance"/,
    );
    expect(() =>
      compileWholePack({
        ...PACKS[0]!,
        lang: 'xy',
        decline: { ...PACKS[0]!.decline, reasonShapes: ['too ( much'] },
      }),
    ).toThrow(/shape "too \( much"/);
  });
});

describe('locale plumbing', () => {
  it('a language with no pack gets copy-language-unchecked, naming the language and what is not checked', () => {
    const [finding] = checkCopy('Solo per oggi, affrettati', { locale: 'it-IT' }).filter(
      (f) => f.rule === 'copy-language-unchecked',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('Italian (it)');
    expect(finding?.message).toContain('confirmshaming');
    expect(finding?.message).toContain('countdown timers');
  });

  it('an English string in an offer of a language with no pack is still read as English', () => {
    expect(rulesFor('No thanks, I hate saving money', { locale: 'it' })).toEqual(['confirmshaming']);
  });

  it('registerCopyPack replaces a pack', () => {
    const en = copyPackFor('en')!;
    registerCopyPack({ ...en, urgency: ['zzyzx'] });
    expect(rulesFor('zzyzx', { locale: 'en' })).toContain('false-urgency');
    registerCopyPack(en);
    expect(rulesFor('zzyzx', { locale: 'en' })).not.toContain('false-urgency');
  });
});
