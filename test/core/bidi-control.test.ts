import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../src/core/register-all.js';
import { validateOffer } from '../../src/core/validate-offer.js';
import { offerWith, type Raw } from './guardrails/offer-fixture.js';

describe('bidi-control', () => {
  it.each([
    ['requester.name', '\u202E', (o: Raw, t: string) => (o.requester.name = `Priya${t} Raman`)],
    ['full.terms.price.note', '\u202D', (o: Raw, t: string) => (o.full.terms.price.note = `plus VAT${t}`)],
    ['retreat.title', '\u202B', (o: Raw, t: string) => (o.retreat.title = `${t}2-week proof`)],
  ])('warns at %s for an override or embedding character', (path, char, set) => {
    const result = validateOffer(offerWith((o) => set(o, char)));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'bidi-control', severity: 'warning', path }),
    );
  });

  it('says nothing for plain Arabic or Hebrew text, direction marks or isolates', () => {
    const result = validateOffer(
      offerWith((o: Raw) => {
        o.requester.name = 'ليلى حداد';
        o.requester.role = 'מנהלת מכירות\u200F';
        o.full.title = '6-week pilot \u2067בשתי ערים\u2069';
      }),
    );
    expect(result.findings.filter((f) => f.rule === 'bidi-control')).toEqual([]);
  });
});

describe('a warning never hides a structure error at the same path', () => {
  it('a term replaced by text with an override character is still refused', () => {
    const result = validateOffer(offerWith((o: Raw) => (o.full.terms.price = '\u202E')));
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ severity: 'error', path: 'full.terms.price' }));
  });
});
