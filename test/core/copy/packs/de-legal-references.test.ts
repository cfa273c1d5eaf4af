/**
 * An imprint's legal reference (a paragraph sign, a number, a statute's abbreviation, often after „i. S. d.") is no
 * countdown: its letters stand before the number („S. d. § 18"), while a timer counts a unit after a number
 * (countdown.ts). Written for this file from the language, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { DARK_RULES, rulesOf } from './decline-probes.js';

const LEGAL = [
  'Inhaltlich verantwortlich i. S. d. § 55 Abs. 2 RStV: Erika Beispiel',
  'Verantwortlich i. S. d. § 18 Abs. 2 MStV',
  'Angaben gemäß § 5 DDG',
  'Die Widerrufsfrist beträgt 14 Tage (§ 355 Abs. 2 BGB)',
  'Kleinunternehmer i. S. d. § 19 Abs. 1 UStG',
  'Hinweis i. S. v. § 36 VSBG: keine Teilnahme an Schlichtungsverfahren',
  'Umsatzsteuer-ID i. S. d. § 27 a UStG: DE123456789',
];

const TIMERS = [
  'Angebot endet in 2 Std. 14 Min.',
  'Nur noch 3 T. 4 Std.',
  'Noch 00:14:33',
  'Deal läuft ab: 1 d 5 h 10 m',
  'Rabatt verfällt in 12 Min. 30 Sek.',
];

describe('de: legal references are no countdown', () => {
  it.each(LEGAL)('passes %j', (text) => {
    expect(rulesOf(text, 'de').filter((rule) => DARK_RULES.includes(rule))).toEqual([]);
  });
  it.each(TIMERS)('still reads %j as a countdown', (text) => {
    expect(rulesOf(text, 'de')).toContain('false-urgency');
  });
});
