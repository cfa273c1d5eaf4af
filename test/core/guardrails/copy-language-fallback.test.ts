/**
 * Copy is read in the offer's `locale`, else in the language it is shown in (`validateOffer(…, { language })`: the
 * element's resolved `lang`, `lint --lang`), so an offer without a locale on a German page is read as German.
 */
import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../../src/core/index.js';
import { validOffer } from './offer-fixture.js';

function withStop(label: string, locale?: string) {
  const offer = validOffer();
  offer.stop.label = label;
  if (locale) offer.locale = locale;
  return offer;
}

const onStop = (result: ReturnType<typeof validateOffer>) =>
  result.findings.filter((f) => f.path === 'stop.label').map((f) => f.rule);

describe('copy checks read an offer without a locale in the language it is shown in', () => {
  it('a German neutral refusal passes on a German page', () => {
    const result = validateOffer(withStop('Später'), { language: 'de' });
    expect(onStop(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('German confirmshaming is still refused on a German page', () => {
    expect(onStop(validateOffer(withStop('Lieber teuer zahlen'), { language: 'de' }))).toContain('confirmshaming');
  });

  it('a page language with no pack is said, never passed in silence', () => {
    const unchecked = validateOffer(withStop('Più tardi'), { language: 'it' }).findings.filter(
      (f) => f.rule === 'copy-language-unchecked',
    );
    expect(unchecked).toHaveLength(1);
    expect(unchecked[0]!.message).toContain('Italian (it)');
  });

  it("the offer's own locale wins over the page language", () => {
    const result = validateOffer(withStop('Später', 'en'), { language: 'de' });
    expect(result.findings.some((f) => f.rule === 'copy-language-unchecked')).toBe(false);
    expect(validateOffer(withStop('Später', 'de'), { language: 'en' }).ok).toBe(true);
  });
});
