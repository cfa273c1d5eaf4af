/**
 * lintDigest: the SHA-256 of what can change the verdict on an offer without a deadline (lint-digest-input.ts),
 * for an accepted offer only. Anything that differs makes another digest; what validateOffer ignores does not.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lintDigest } from '../../src/core/index.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { lintDigestInput } from '../../src/core/lint-digest-input.js';
import { VERSION } from '../../src/core/version.js';
import { validOffer } from './guardrails/offer-fixture.js';

const pilot = () => JSON.parse(readFileSync(new URL('../../examples/offers/saas-pilot.json', import.meta.url), 'utf8'));

describe('lintDigest', () => {
  it('is sha256- and the hex SHA-256 of the canonical JSON of version, offer, host packs and language', () => {
    const offer = pilot();
    const text = canonicalJson({ version: VERSION, offer, jurisdictions: ['de', 'eu'], language: 'en' });
    const expected = `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;
    expect(lintDigest(offer, { jurisdictions: ['eu', 'de'], language: 'en-GB' })).toBe(expected);
    expect(lintDigestInput(offer, { jurisdictions: ['eu', 'de', 'eu'], language: 'en-GB' })).toBe(text);
  });

  it('is null for a refused offer, and for one refused only with the host packs', () => {
    const offer = pilot();
    offer.stop.label = 'No, I prefer to stay behind everyone else';
    expect(lintDigest(offer)).toBeNull();
    const subscription = JSON.parse(
      readFileSync(new URL('../../examples/offers/subscription.json', import.meta.url), 'utf8'),
    );
    expect(lintDigest(subscription)).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(lintDigest(subscription, { jurisdictions: ['de'] })).toBeNull(); // the German rules refuse it
  });

  it('changes with any text, the host packs, and the language of an offer without a locale', () => {
    const offer = validOffer();
    const base = lintDigest(offer, { language: 'en' });
    expect(base).not.toBeNull();
    const edited = validOffer();
    edited.full.title = `${edited.full.title} `; // even a space the schema would trim
    expect(lintDigest(edited, { language: 'en' })).not.toBe(base);
    expect(lintDigest(offer, { language: 'en', jurisdictions: ['eu'] })).not.toBe(base);
    expect(lintDigest(offer, { language: 'de' })).not.toBe(base);
    expect(lintDigest(offer, { language: null })).not.toBe(base);
    // Only the primary subtag reaches the checks.
    expect(lintDigest(offer, { language: 'en-US' })).toBe(base);
  });

  it("ignores the host language when the offer has its own locale (the checks read the offer's)", () => {
    const offer = { ...validOffer(), locale: 'en-GB' };
    expect(lintDigest(offer, { language: 'de' })).toBe(lintDigest(offer, { language: 'fr' }));
    expect(lintDigest(offer, { language: 'de' })).toBe(lintDigest(offer));
  });

  it('names the package version, so another release never trusts an older verdict', () => {
    expect(lintDigestInput(validOffer())).toContain(`"version":"${VERSION}"`);
  });

  it('is null for what is not JSON data', () => {
    expect(lintDigestInput({ ...validOffer(), extra: () => 1 })).toBeNull();
    expect(lintDigest(undefined)).toBeNull();
  });
});
