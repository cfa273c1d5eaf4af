/**
 * Text in one language is never checked with another's patterns: honest German and French copy passes under
 * every locale (the old checks read German words with English patterns), and each pack's dark copy is still
 * found when the offer's locale is another language (mixed-language copy is checked with both packs).
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';
import * as de from './copy-de.js';
import * as fr from './copy-fr.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const darkRules = (text: string, locale: string) =>
  checkCopy(text, { locale } as CopyCheckOptions)
    .map((finding) => finding.rule)
    .filter((rule) => DARK.includes(rule));

/** German and French words that English patterns would read as English (fast, last, hand, die, plus, abandon). */
const FALSE_FRIENDS = [
  'Fast geschafft!',
  'Fast 500 Kunden vertrauen uns',
  'Die Last tragen wir',
  'Hand in Hand für die Umwelt',
  'Nur noch ein Schritt',
  'Gift für Schnecken, nicht für Haustiere',
  'Plus de 500 clients',
  'Plus que 2 étapes',
  'Abandon du panier : rappel envoyé',
  'Ce site utilise des cookies',
];

/** A lone popularity badge is pressure in every language (session 11's product decision): German 'Bestseller' is
 * English too. */
const BADGES = new Set(['Bestseller']);
const HONEST = [
  ...de.HONEST_UI,
  ...de.HONEST_DECLINES,
  ...fr.HONEST_UI,
  ...fr.HONEST_DECLINES,
  ...FALSE_FRIENDS,
].filter((text) => !BADGES.has(text));

describe('honest German and French copy under every locale', () => {
  it.each(['en', 'de', 'es', 'fr'])('no dark rule under locale %s', (locale) => {
    const flagged = HONEST.filter((text) => darkRules(text, locale).length);
    expect(flagged).toEqual([]);
  });
});

describe('a label in another language than the offer is checked with its own pack too', () => {
  it.each([
    ['fr', de.SHAMING[0]!],
    ['en', de.URGENT[0]!],
    ['de', fr.SHAMING[0]!],
    ['en', fr.PRESSURE[0]!],
  ])('under locale %s: %j', (locale, text) => {
    expect(darkRules(text, locale)).not.toEqual([]);
  });
});
