/**
 * English decline labels against the grammar of a neutral refusal (copy-en.ts), the message that names what
 * went beyond it, and the locale plumbing every pack relies on.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy, validateOffer } from '../../../../src/core/index.js';
import { HONEST_DECLINES, NEUTRAL_OPENED, SHAMING_DECLINES, SHAMING_OPENED } from './copy-en.js';
import { validOffer } from '../../guardrails/offer-fixture.js';

const shames = (text: string, role?: 'decline' | 'stop') =>
  checkCopy(text, { locale: 'en-GB', ...(role ? { role } : {}) }).some((f) => f.rule === 'confirmshaming');

describe('English decline grammar', () => {
  it.each(HONEST_DECLINES)('accepts the neutral refusal %j as a decline and as a stop label', (text) => {
    expect(shames(text, 'decline')).toBe(false);
    expect(shames(text, 'stop')).toBe(false);
    expect(shames(text)).toBe(false);
  });

  it.each(SHAMING_DECLINES)('refuses %j as a decline label', (text) => {
    expect(shames(text, 'decline')).toBe(true);
  });

  it.each(SHAMING_OPENED)('refuses %j with no role: it opens with a refusal, so it is a decline label', (text) => {
    expect(shames(text)).toBe(true);
  });

  it.each(NEUTRAL_OPENED)("accepts %j with no role: a refusal with the visitor's own reason", (text) => {
    expect(shames(text)).toBe(false);
  });

  it('names the words that went beyond the refusal, not the refusal itself', () => {
    const [finding] = checkCopy('Not now (others will not hesitate)', { role: 'decline' });
    expect(finding?.message).toMatch(/^"others will not hesitate" goes beyond a refusal/);
  });

  it('leaves body copy that merely starts with "No" alone', () => {
    expect(shames('No, you will not be charged today.')).toBe(false);
    expect(shames('No hidden fees. Cancel at any time.')).toBe(false);
  });
});

describe('locale plumbing', () => {
  it('reads de-AT copy with the German pack, never with the English patterns', () => {
    // "Last" and "Hurry" are ordinary German words ("die Last", a load) that English patterns would misread
    expect(checkCopy('Die Last tragen wir gemeinsam', { locale: 'de-AT' })).toEqual([]);
    expect(checkCopy('Nein danke, ich mag keine Geschenke', { locale: 'de-AT', role: 'decline' })[0]?.rule).toBe(
      'confirmshaming',
    );
  });

  it('checks an English label in a German offer with the English pack', () => {
    const offer = {
      ...validOffer(),
      locale: 'de',
      declineLabel: "No thanks, I'd rather pay full price",
    };
    const found = validateOffer(offer).findings.filter((f) => f.rule === 'confirmshaming');
    expect(found.map((f) => f.path)).toContain('declineLabel');
  });

  it('warns once per offer, at its locale, when the language has no pack', () => {
    const offer = { ...validOffer(), locale: 'it-IT' };
    expect(validateOffer({ ...offer, locale: 'en' }).findings.some((f) => f.rule === 'copy-language-unchecked')).toBe(
      false,
    );
    const italian = { ...offer, declineLabel: 'Forse più tardi, grazie' };
    const warned = validateOffer(italian).findings.filter((f) => f.rule === 'copy-language-unchecked');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ path: 'locale', severity: 'warning' });
    expect(warned[0]!.message).toContain('Italian (it)');
  });
});
